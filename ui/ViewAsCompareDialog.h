#pragma once

#include <QDialog>
#include <QJsonObject>

class ParseClient;
class QLabel;
class QTableView;
class ViewComparisonModel;
struct ViewerAccess;

// "View as…" side by side with the master key: every object of the class (under the current filter) with
// whether the viewer gets it and why not, and the fields protected from the viewer.
class ViewAsCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewAsCompareDialog)

public:
    ViewAsCompareDialog(ParseClient *master, ParseClient *viewer, const ViewerAccess &access,
                        const QString &className, const QJsonObject &schema, const QJsonObject &where,
                        QWidget *parent = nullptr);

    ViewComparisonModel *model() const { return m_model; }

private:
    void showSummary(const QString &error);

    ViewComparisonModel *m_model;
    QString m_className;
    QLabel *m_summary;
    QTableView *m_table;
};
