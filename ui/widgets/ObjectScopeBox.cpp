#include "ui/widgets/ObjectScopeBox.h"

#include "core/models/ObjectTableModel.h"

#include <QRadioButton>
#include <QVBoxLayout>

ObjectScopeBox::ObjectScopeBox(const ObjectTableModel *table, const QList<int> &selectedRows, QWidget *parent)
    : QGroupBox(tr("Objects"), parent)
{
    setObjectName(QStringLiteral("objectScopeBox"));
    for (const int row : selectedRows)
        m_selected.append(table->index(row, 0).data(ObjectTableModel::ObjectRole).toJsonObject());
    m_selectedRadio =
        new QRadioButton(m_selected.isEmpty() ? tr("The selected rows (none are selected)")
                                              : tr("The %n selected row(s)", nullptr, int(m_selected.size())),
                         this);
    m_selectedRadio->setObjectName(QStringLiteral("selectedRowsRadioButton"));
    const std::optional<qint64> count = table->count();
    const QString matching = table->where().isEmpty()
                                 ? (count ? tr("All %Ln object(s) of the class", nullptr, int(*count))
                                          : tr("All objects of the class"))
                                 : (count ? tr("All %Ln object(s) matching the filter", nullptr, int(*count))
                                          : tr("All objects matching the filter"));
    m_filterRadio = new QRadioButton(matching + tr(" (read page by page, never all at once)"), this);
    m_filterRadio->setObjectName(QStringLiteral("matchingRowsRadioButton"));
    (m_selected.isEmpty() ? m_filterRadio : m_selectedRadio)->setChecked(true);
    m_selectedRadio->setEnabled(!m_selected.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selectedRadio);
    layout->addWidget(m_filterRadio);
    connect(m_selectedRadio, &QRadioButton::toggled, this, &ObjectScopeBox::changed);
}

bool ObjectScopeBox::matchingFilter() const
{
    return m_filterRadio->isChecked();
}

void ObjectScopeBox::setRunning(bool running)
{
    m_filterRadio->setEnabled(!running);
    m_selectedRadio->setEnabled(!running && !m_selected.isEmpty());
}
