#pragma once

#include "core/data/JsonMembers.h"
#include "core/data/ObjectRows.h"
#include "core/data/PointerDisplay.h"
#include "core/models/PageCache.h"
#include "core/net/ParseResult.h"
#include "core/query/CursorPager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>

class ParseClient;
class ParseReply;
class RequestQueue;

// The objects of one class, a page at a time as the view scrolls (fetchMore), paged by cursor. Edits
// become pending changes shown in place; save() sends them as batch operations through the request
// queue and keeps the failed ones pending with their error. The count loads on its own, after the first
// page, and never holds up a page. The first page of a find seen before (PageCache, this connection's and
// principal's) shows at once and the same find checks it: rows that changed, came or went are updated in
// place and marked for a while (RecentlyChangedRole), and an unchanged page changes nothing.
class ObjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectTableModel)

public:
    enum Role
    {
        ObjectRole = Qt::UserRole + 1,
        JsonRole,
        FieldRole,
        TypeRole,
        PendingRole,
        ErrorRole,
        ValueRole, // the cell's QJsonValue (pending or loaded), undefined when the object has no such field
        // A pending edit not sent because its object changed on the server since it was loaded: the
        // field's {"loaded", "server", "mine"} (ConflictCheck::Conflict::fields); empty when none.
        ConflictRole,
        // A pending edit whose field a refresh found changed on the server since the edit was made.
        ServerChangedRole,
        // The cell changed (or its row came) when a cached page was checked against the server, lately.
        RecentlyChangedRole
    };
    static constexpr int kPageSize = 200;
    // How long cells changed since a cached page stay marked.
    static constexpr int kRecentMs = 4000;

    explicit ObjectTableModel(QObject *parent = nullptr);

    void setClient(ParseClient *client, RequestQueue *queue);
    ParseClient *client() const;
    // schema: the class's /schemas entry (its "fields" give the columns and types).
    void setClass(const QString &className, const QJsonObject &schema, const QJsonObject &where = {});
    void setWhere(const QJsonObject &where);
    // Server-side order: resets and pages again. Returns false for a column that can't be sorted by.
    bool sortBy(const QString &field, bool descending);
    void reload();
    // Counts again (after writes elsewhere), keeping the rows and the pending edits.
    void refreshCount();
    // Rows per page from the next reload on (kPageSize unless set).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    QString className() const { return m_className; }
    QStringList fields() const { return m_fields; }
    QString fieldType(const QString &field) const;
    QString targetClass(const QString &field) const; // of a Pointer or Relation field
    // The class a Pointer field points to, or the one an Array field's loaded pointers point to; else empty.
    QString pointerTarget(const QString &field) const;
    // Pointer and array fields shown by a field of their targets, fetched with the rows from the next reload
    // on (set them while the model is about to be reset, and the reset's pages have them). Values, edits and
    // copies stay pointers. setClass() clears them.
    void setPointerDisplay(const PointerDisplay::Choices &choices);
    PointerDisplay::Choices pointerDisplay() const { return m_pointerDisplay; }
    QJsonObject where() const { return m_where; }
    QString sortField() const { return m_sortField; }
    bool sortDescending() const { return m_descending; }
    std::optional<qint64> count() const { return m_count; }
    bool isLoading() const { return m_loading; }
    // The rows shown are a cached page of that time, being checked; invalid when they are not.
    QDateTime cachedAt() const { return m_revalidating ? m_cachedAt : QDateTime(); }
    QString errorText() const { return m_error; }

    // Pending changes: field values to set, per objectId; plus __op operations (Increment, Add, ...).
    int pendingCount() const;
    QList<ParseRequest> pendingRequests() const;
    void applyOperation(const QModelIndex &index, const QJsonObject &op);
    void discard();
    // Checks first (ConflictCheck): an object changed on the server since its edits' baseline is not
    // written; its cells stay pending and show the conflict.
    void save();
    // Cells that are conflicts or were changed on the server meanwhile (their edits still pending).
    bool isContested(const QModelIndex &index) const;
    int contestedCount() const;
    // Of the contested among cells: sends their edits again without the check / drops them for the
    // server's value.
    void keepMine(const QModelIndexList &cells);
    void takeTheirs(const QModelIndexList &cells);

    // Whole objects, written through the request queue; the table loads again afterwards (written()).
    void createObject(const QJsonObject &fields);
    // A copy of the row's own fields; relations are not values and are not copied.
    void duplicateRow(int row);
    void deleteRows(const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void stateChanged();
    // After save() or keepMine(): how many operations succeeded and failed, and how many were not sent
    // as conflicts.
    void saved(int succeeded, int failed, int conflicts);
    // After createObject(), duplicateRow() or deleteRows() (conflicts: deletes of changed objects, not sent).
    void written(int succeeded, int failed, const QString &firstError, int conflicts);

private:
    void requestCount();
    void onPage(const ParseResult &result, quint64 generation);
    // The cached rows brought up to the fresh page, step by step (LiveListDiff), marking what changed.
    void revalidate(const ObjectRows &page);
    // The first page's find, as the cache knows it; who reads it, as the cache's owner.
    QString firstPageKey() const;
    // The find of the next page.
    ParseRequest pageRequest() const;
    QString reader() const;
    int rowOf(const QString &objectId) const;
    // The row decoded from its text; the last one is kept, as views ask for one row's cells in turn.
    const QJsonObject &rowObject(int row) const;
    // One field of the row, decoded alone (a wide row's other fields are not), unless the row is decoded.
    QJsonValue rowValue(int row, const QString &field) const;
    // The first edit of a field remembers its value and the object's updatedAt as loaded.
    void rememberBaseline(int row, const QString &field);
    void dropEdit(const QString &id, const QString &field);
    // Rows that came back with pending edits: fields whose server value left its baseline are marked.
    void markServerChanges(int first, int last);
    // expected: each request's object's updatedAt as loaded (empty: not checked). Conflicting edits are
    // marked; then(the requests left to send, how many conflicts, the error when the objects could not
    // be read).
    void
    checkConflicts(const QList<ParseRequest> &requests, const QStringList &expected,
                   const std::function<void(const QList<ParseRequest> &, int, const ParseError &)> &then);
    void sendEdits(QList<ParseRequest> requests, int conflicts);
    void writeAndReload(QList<ParseRequest> requests, int conflicts = 0);

    QPointer<ParseClient> m_client;
    QPointer<RequestQueue> m_queue;
    QString m_className;
    QJsonObject m_schemaFields;
    QStringList m_fields;
    QStringList m_types; // schema type of each field, by column
    QJsonObject m_where;
    QString m_sortField = QStringLiteral("createdAt");
    bool m_descending = false;
    std::optional<CursorPager> m_pager;
    ObjectRows m_rows;
    mutable int m_cachedRow = -1;
    mutable QJsonObject m_cachedObject;   // with pointers where the reply had included objects
    mutable QJsonObject m_cachedIncluded; // the cached row's pointer display fields as the reply had them
    mutable bool m_cachedDecoded = false; // m_cachedObject holds the cached row, else only m_cachedMembers
    mutable JsonMembers m_cachedMembers;  // the cached row's members, not decoded
    PointerDisplay::Choices m_pointerDisplay;
    int m_pageSize = kPageSize;
    QHash<QString, QJsonObject> m_pending;            // objectId -> field -> new value or __op
    QHash<QString, QHash<QString, QString>> m_errors; // objectId -> field -> why the save failed
    struct Baseline
    {
        QString updatedAt;                 // of the object when its first pending edit was made
        QHash<QString, QJsonValue> fields; // each pending field as loaded (undefined: not set)
    };
    QHash<QString, Baseline> m_baselines;                    // objectId -> baseline of its pending edits
    QHash<QString, QHash<QString, QJsonObject>> m_conflicts; // objectId -> field -> loaded/server/mine
    QHash<QString, QSet<QString>> m_serverChanged;           // objectId -> fields changed meanwhile
    quint64 m_classEpoch = 0; // a save's replies for a class no longer shown are ignored
    std::optional<qint64> m_count;
    bool m_countSent = false;
    QPointer<ParseReply> m_pageReply; // the page on its way
    QPointer<ParseReply> m_countReply;
    PageCache m_cache;
    QString m_pageKey;           // of the first page of what is shown
    bool m_firstPage = false;    // the next page is the first
    bool m_revalidating = false; // the rows are a cached page, its find on the way
    QDateTime m_cachedAt;
    QHash<QString, QSet<QString>> m_recent; // objectId -> fields changed by the check (all: the row came)
    QTimer m_recentTimer;
    bool m_loading = false;
    QString m_error;
    quint64 m_generation = 0;
};
