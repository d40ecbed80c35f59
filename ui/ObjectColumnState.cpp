#include "ui/ObjectColumnState.h"

#include "core/models/ObjectTableModel.h"

#include <QCursor>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace {
QString columnsKey(const QString &className)
{
    return QStringLiteral("objectColumns/") + className;
}
} // namespace

ObjectColumnState::ObjectColumnState(QTableView *view, ObjectTableModel *model, QWidget *owner)
    : QObject(owner)
    , m_view(view)
    , m_model(model)
    , m_owner(owner)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ObjectColumnState::showMenu);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_restoring)
            save();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ObjectColumnState::restore);
}

void ObjectColumnState::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void ObjectColumnState::save() const
{
    const QString className = m_model->className();
    if (!m_settings || className.isEmpty())
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    QVariantMap widths;
    QStringList hidden;
    const QStringList fields = m_model->fields();
    for (int i = 0; i < fields.size(); ++i) {
        if (header->isSectionHidden(i))
            hidden << fields.at(i);
        else
            widths.insert(fields.at(i), header->sectionSize(i));
    }
    m_settings->setValue(columnsKey(className) + QStringLiteral("/widths"), widths);
    m_settings->setValue(columnsKey(className) + QStringLiteral("/hidden"), hidden);
}

void ObjectColumnState::restore()
{
    const QString className = m_model->className();
    if (className.isEmpty())
        return;
    m_restoring = true;
    QHeaderView *header = m_view->horizontalHeader();
    const QVariantMap widths =
        m_settings ? m_settings->value(columnsKey(className) + QStringLiteral("/widths")).toMap()
                   : QVariantMap();
    const QStringList hidden =
        m_settings ? m_settings->value(columnsKey(className) + QStringLiteral("/hidden")).toStringList()
                   : QStringList();
    const QStringList fields = m_model->fields();
    for (int i = 0; i < fields.size(); ++i) {
        header->setSectionHidden(i, hidden.contains(fields.at(i)));
        header->resizeSection(i, widths.value(fields.at(i), header->defaultSectionSize()).toInt());
    }
    m_restoring = false;
}

void ObjectColumnState::showMenu()
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(m_owner);
    const QStringList fields = m_model->fields();
    for (int i = 0; i < fields.size(); ++i) {
        QAction *action = menu.addAction(fields.at(i));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(i));
        // objectId stays: it names the row, and pointers and copies need it.
        action->setEnabled(i != 0);
        connect(action, &QAction::toggled, this, [this, header, i](bool shown) {
            header->setSectionHidden(i, !shown);
            save();
        });
    }
    menu.exec(QCursor::pos());
}
