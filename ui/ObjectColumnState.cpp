#include "ui/ObjectColumnState.h"

#include "core/data/ParseNames.h"
#include "core/models/ClassListModel.h"
#include "core/models/ObjectTableModel.h"
#include "ui/FrozenColumns.h"

#include <QActionGroup>
#include <QCursor>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace {
const QString kObjectId = QStringLiteral("objectId");

// Layouts before they were per profile: one per class.
QString oldKey(const QString &className, const QString &name)
{
    return QStringLiteral("objectColumns/%1/%2").arg(className, name);
}
} // namespace

ObjectColumnState::ObjectColumnState(QTableView *view, FrozenColumns *frozen, ObjectTableModel *model,
                                     QWidget *owner)
    : QObject(owner)
    , m_view(view)
    , m_frozen(frozen)
    , m_model(model)
    , m_owner(owner)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { showMenuFor(header->logicalIndexAt(pos)); });
    connect(frozen, &FrozenColumns::headerMenuRequested, this, &ObjectColumnState::showMenuFor);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_restoring)
            save();
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (m_restoring)
            return;
        keepObjectIdFirst();
        save();
    });
    // The pointers' fields go with the reset's first page; the columns are there after it.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_model->setPointerDisplay(savedPointers()); });
    connect(model, &QAbstractItemModel::modelReset, this, &ObjectColumnState::restore);
}

void ObjectColumnState::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void ObjectColumnState::setProfile(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    if (m_model->className().isEmpty())
        return;
    if (savedPointers() != m_model->pointerDisplay())
        m_model->reload(); // restores the rest
    else
        restore();
}

void ObjectColumnState::setClassListModel(ClassListModel *classes)
{
    m_classes = classes;
}

QString ObjectColumnState::key(const QString &className, const QString &name) const
{
    return QStringLiteral("columnLayout/%1/%2/%3").arg(m_profileId, className, name);
}

void ObjectColumnState::save() const
{
    save(m_model->pointerDisplay());
}

void ObjectColumnState::save(const PointerDisplay::Choices &pointers) const
{
    const QString className = m_model->className();
    if (!m_settings || className.isEmpty())
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    QVariantMap widths;
    QStringList hidden;
    QStringList order;
    const QStringList fields = m_model->fields();
    for (int i = 0; i < fields.size(); ++i) {
        order << fields.value(header->logicalIndex(i));
        if (header->isSectionHidden(i))
            hidden << fields.at(i);
        else
            widths.insert(fields.at(i), header->sectionSize(i));
    }
    QVariantMap shown;
    for (auto it = pointers.begin(); it != pointers.end(); ++it)
        shown.insert(it.key(), it.value());
    m_settings->setValue(key(className, QStringLiteral("widths")), widths);
    m_settings->setValue(key(className, QStringLiteral("hidden")), hidden);
    m_settings->setValue(key(className, QStringLiteral("order")), order);
    m_settings->setValue(key(className, QStringLiteral("frozen")), m_frozen->count());
    m_settings->setValue(key(className, QStringLiteral("pointers")), shown);
}

QVariant ObjectColumnState::saved(const QString &name) const
{
    const QString className = m_model->className();
    if (!m_settings || className.isEmpty())
        return {};
    // A class without a layout of this profile's starts from the one it had when layouts were per class.
    const bool own = m_settings->contains(key(className, QStringLiteral("widths")));
    return m_settings->value(own ? key(className, name) : oldKey(className, name));
}

PointerDisplay::Choices ObjectColumnState::savedPointers() const
{
    PointerDisplay::Choices pointers;
    const QStringList fields = m_model->fields();
    const QVariantMap shown = saved(QStringLiteral("pointers")).toMap();
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        if (fields.contains(it.key()) && !it.value().toString().isEmpty())
            pointers.insert(it.key(), it.value().toString());
    }
    return pointers;
}

void ObjectColumnState::restore()
{
    if (m_model->className().isEmpty())
        return;
    m_restoring = true;
    const auto value = [this](const QString &name) { return saved(name); };
    const QVariantMap widths = value(QStringLiteral("widths")).toMap();
    const QStringList hidden = value(QStringLiteral("hidden")).toStringList();
    const QStringList fields = m_model->fields();
    QHeaderView *header = m_view->horizontalHeader();

    // The saved order fills the places its fields have in the schema's order; fields added since keep theirs.
    QStringList saved;
    for (const QString &field : value(QStringLiteral("order")).toStringList()) {
        if (fields.contains(field) && !saved.contains(field))
            saved << field;
    }
    QList<int> places;
    for (int i = 0; i < fields.size(); ++i) {
        if (saved.contains(fields.at(i)))
            places << i;
    }
    QList<int> order(fields.size());
    for (int i = 0; i < fields.size(); ++i)
        order[i] = i;
    for (int k = 0; k < places.size(); ++k)
        order[places.at(k)] = int(fields.indexOf(saved.at(k)));
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    keepObjectIdFirst();

    for (int i = 0; i < fields.size(); ++i) {
        header->setSectionHidden(i, hidden.contains(fields.at(i)) && fields.at(i) != kObjectId);
        header->resizeSection(i, widths.value(fields.at(i), header->defaultSectionSize()).toInt());
    }
    m_frozen->setCount(qBound(0, value(QStringLiteral("frozen")).toInt(), int(fields.size())));
    m_restoring = false;
}

void ObjectColumnState::keepObjectIdFirst()
{
    const int id = int(m_model->fields().indexOf(kObjectId));
    QHeaderView *header = m_view->horizontalHeader();
    if (id < 0 || header->visualIndex(id) == 0)
        return;
    const bool restoring = m_restoring;
    m_restoring = true;
    header->moveSection(header->visualIndex(id), 0);
    m_restoring = restoring;
}

void ObjectColumnState::setColumnHidden(const QString &field, bool hidden)
{
    const int column = int(m_model->fields().indexOf(field));
    // objectId stays: it names the row, and pointers and copies need it.
    if (column < 0 || field == kObjectId)
        return;
    m_view->horizontalHeader()->setSectionHidden(column, hidden);
    m_frozen->setCount(m_frozen->count());
    save();
}

void ObjectColumnState::freezeUpTo(const QString &field)
{
    const int column = int(m_model->fields().indexOf(field));
    if (column < 0)
        return;
    m_frozen->setCount(m_view->horizontalHeader()->visualIndex(column) + 1);
    save();
}

void ObjectColumnState::unfreeze()
{
    m_frozen->setCount(0);
    save();
}

void ObjectColumnState::setPointerField(const QString &field, const QString &targetField)
{
    PointerDisplay::Choices pointers = m_model->pointerDisplay();
    if (targetField.isEmpty())
        pointers.remove(field);
    else
        pointers.insert(field, targetField);
    // Saved first: the rows load again with what is saved.
    save(pointers);
    m_model->reload();
}

void ObjectColumnState::showMenu()
{
    showMenuFor(-1);
}

void ObjectColumnState::showMenuFor(int logicalIndex)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(m_owner);
    const QStringList fields = m_model->fields();
    const QString field = fields.value(logicalIndex);
    if (!field.isEmpty()) {
        QAction *freeze = menu.addAction(tr("Freeze up to this column"));
        freeze->setObjectName(QStringLiteral("freezeColumnsAction"));
        connect(freeze, &QAction::triggered, this, [this, field] { freezeUpTo(field); });
    }
    if (m_frozen->count() > 0) {
        QAction *unfreezeAction = menu.addAction(tr("Unfreeze"));
        unfreezeAction->setObjectName(QStringLiteral("unfreezeColumnsAction"));
        connect(unfreezeAction, &QAction::triggered, this, &ObjectColumnState::unfreeze);
    }
    if (!field.isEmpty())
        addPointerMenu(&menu, field);
    if (!menu.isEmpty())
        menu.addSeparator();
    for (int i = 0; i < fields.size(); ++i) {
        QAction *action = menu.addAction(fields.at(i));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(i));
        action->setEnabled(fields.at(i) != kObjectId);
        connect(action, &QAction::toggled, this,
                [this, name = fields.at(i)](bool shown) { setColumnHidden(name, !shown); });
    }
    menu.exec(QCursor::pos());
}

void ObjectColumnState::addPointerMenu(QMenu *menu, const QString &field)
{
    const QString target = m_model->pointerTarget(field);
    if (target.isEmpty())
        return;
    QMenu *fieldsMenu = menu->addMenu(tr("Show field of %1").arg(target));
    fieldsMenu->setObjectName(QStringLiteral("pointerFieldMenu"));
    // Another field loads the rows again, which would drop unsaved edits.
    fieldsMenu->setEnabled(m_model->pendingCount() == 0);
    auto *group = new QActionGroup(fieldsMenu);
    const QJsonObject targetFields =
        m_classes ? m_classes->schema(target).value(QLatin1String("fields")).toObject() : QJsonObject();
    QStringList names = ParseNames::columnOrder(targetFields.keys() + QStringList{kObjectId});
    names.removeAll(QStringLiteral("ACL"));
    const QString chosen = m_model->pointerDisplay().value(field);
    for (const QString &name : std::as_const(names)) {
        QAction *action = fieldsMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == kObjectId ? chosen.isEmpty() : name == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, field, name] { setPointerField(field, name == kObjectId ? QString() : name); });
    }
}
