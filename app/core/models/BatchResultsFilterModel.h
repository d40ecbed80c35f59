#pragma once

#include <QSortFilterProxyModel>

// The batch results, optionally only the operations that did not succeed (error, outcome unknown, not sent).
class BatchResultsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsFilterModel)

public:
    explicit BatchResultsFilterModel(QObject *parent = nullptr);

    bool failedOnly() const { return m_failedOnly; }
    void setFailedOnly(bool failedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failedOnly = false;
};
