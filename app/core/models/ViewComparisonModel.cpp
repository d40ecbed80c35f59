#include "core/models/ViewComparisonModel.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>

ViewComparisonModel::ViewComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ViewComparisonModel::compare(ParseClient *master, ParseClient *viewer, const ViewerAccess &access,
                                  const QString &className, const QJsonObject &schema,
                                  const QJsonObject &where)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_withheld.clear();
    endResetModel();
    m_access = access;
    QList<ClassPermissions::Issue> issues;
    m_permissions =
        ClassPermissions::fromJson(schema.value(QLatin1String("classLevelPermissions")).toObject(), &issues);
    m_masterObjects.clear();
    m_viewerObjects.clear();
    m_error.clear();
    m_viewerRefused = false;
    if (!master || !viewer) {
        Q_EMIT compared(tr("not connected"));
        return;
    }
    QueryOptions options;
    options.where = where;
    options.order = {QStringLiteral("objectId")};
    options.limit = kLimit;
    ParseRequest asMaster = ParseRequest::find(className, options);
    asMaster.masterKey = ParseRequest::MasterKey::Required;
    m_pending = 2;
    const auto objectsOf = [](const ParseResult &r) {
        QList<QJsonObject> objects;
        const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
        for (const QJsonValue &v : results)
            objects.append(v.toObject());
        return objects;
    };
    connect(master->send(asMaster), &ParseReply::finished, this,
            [this, generation, objectsOf](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok())
                    m_error = r.error.describe();
                m_masterObjects = objectsOf(r);
                settle();
            });
    connect(viewer->send(ParseRequest::find(className, options)), &ParseReply::finished, this,
            [this, generation, objectsOf](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                // A refused find is what the viewer gets: no objects.
                m_viewerRefused = !r.ok();
                m_viewerObjects = objectsOf(r);
                settle();
            });
}

void ViewComparisonModel::settle()
{
    if (--m_pending > 0)
        return;
    QSet<QString> seen;
    QSet<QString> viewerFields;
    for (const QJsonObject &object : std::as_const(m_viewerObjects)) {
        seen.insert(object.value(QLatin1String("objectId")).toString());
        for (auto it = object.begin(); it != object.end(); ++it)
            viewerFields.insert(it.key());
    }
    beginResetModel();
    QSet<QString> withheld;
    for (const QJsonObject &object : std::as_const(m_masterObjects)) {
        Row row;
        row.objectId = object.value(QLatin1String("objectId")).toString();
        row.visible = seen.contains(row.objectId);
        row.reason = m_access.hiddenBecause(object, m_permissions);
        m_rows.append(row);
        if (row.visible) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!viewerFields.contains(it.key()))
                    withheld.insert(it.key());
            }
        }
    }
    endResetModel();
    m_withheld = withheld.values();
    m_withheld.sort();
    Q_EMIT compared(m_error);
}

int ViewComparisonModel::visibleCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.visible; }));
}

QStringList ViewComparisonModel::protectedFields() const
{
    return m_access.protectedFields(m_permissions);
}

int ViewComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ViewComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ViewComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == HiddenRole)
        return int(row.visible ? ViewerAccess::Hidden::No : row.reason);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ObjectId:
        return row.objectId;
    case Seen:
        return row.visible ? tr("visible") : tr("hidden");
    case Reason:
        if (row.visible)
            return row.reason == ViewerAccess::Hidden::No
                       ? QString()
                       : tr("visible, though %1 (a rule this check does not know, e.g. a role inherited "
                            "through a parent role)")
                             .arg(m_access.describe(row.reason, m_permissions));
        if (row.reason == ViewerAccess::Hidden::No)
            return m_viewerRefused ? tr("the server refused the find")
                                   : tr("hidden by the server for a reason the CLP and ACL do not show (a "
                                        "beforeFind trigger, "
                                        "or more objects than compared)");
        return m_access.describe(row.reason, m_permissions);
    default:
        return {};
    }
}

QVariant ViewComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectId:
        return tr("objectId");
    case Seen:
        return tr("As the viewer");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}
