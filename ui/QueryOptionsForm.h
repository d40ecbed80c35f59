#pragma once

#include "core/data/QueryOptions.h"

#include <QWidget>
#include <memory>

class QListWidgetItem;

namespace Ui {
class QueryOptionsForm;
}

// Everything a query takes besides its where: sort keys (several, each ascending or descending, in
// order), limit and skip, keys, excludeKeys, include, and whether to count (or only count).
class QueryOptionsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryOptionsForm)

public:
    explicit QueryOptionsForm(QWidget *parent = nullptr);
    ~QueryOptionsForm() override;

    // The class's fields, offered as sort keys.
    void setFields(const QStringList &fields);
    // The options without a where.
    QueryOptions options() const;
    // Takes everything but the where.
    void setOptions(const QueryOptions &options);

Q_SIGNALS:
    void changed();

private:
    void addOrderKey(const QString &key);
    void updateButtons();
    static void showKey(QListWidgetItem *item, const QString &key);

    std::unique_ptr<Ui::QueryOptionsForm> m_ui;
};
