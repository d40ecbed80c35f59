#pragma once

#include <QGroupBox>
#include <QJsonObject>
#include <QList>

class ObjectTableModel;
class QRadioButton;

// Which objects a many-object action (bulk edit, row script) works on: the selected rows as loaded, or every
// object matching the table's filter, read page by page.
class ObjectScopeBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectScopeBox)

public:
    // selectedRows: rows of table; the matching choice names the table's count when it is known.
    ObjectScopeBox(const ObjectTableModel *table, const QList<int> &selectedRows, QWidget *parent = nullptr);

    const QList<QJsonObject> &selected() const { return m_selected; }
    bool matchingFilter() const;
    // Nothing to choose while an action runs; the selected rows only when there are some.
    void setRunning(bool running);

Q_SIGNALS:
    void changed();

private:
    QList<QJsonObject> m_selected; // as loaded
    QRadioButton *m_selectedRadio;
    QRadioButton *m_filterRadio;
};
