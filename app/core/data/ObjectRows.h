#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

// The objects of a find reply, stored compactly: each object stays the JSON text the server sent (the reply
// body is kept, not copied) and is decoded to a QJsonObject only when asked for. That costs the JSON's own
// size plus 16 bytes per row, where a QJsonObject per row costs about seven times the text. Keeping the
// text also keeps every value exactly as sent (64-bit integers, dates, pointers, nested values).
// A value type; decoding runs on any thread.
class ObjectRows
{
    Q_DECLARE_TR_FUNCTIONS(ObjectRows)

public:
    struct Decoded;

    // Decodes and fully validates a find reply ({"results":[{...}, ...], ...}) with simdjson. The body is
    // shared, not copied, when it has SIMDJSON_PADDING bytes of spare capacity (ParseClient reads replies
    // that way), else it is copied once. Any other top-level members ("count") come back in `rest`.
    static Decoded fromFindReply(const QByteArray &body);
    // Spare capacity a body needs to be decoded in place.
    static qsizetype padding();

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    // The row's object, decoded from its text.
    QJsonObject object(qsizetype row) const;
    // The row's JSON text, as the server sent it.
    QByteArrayView json(qsizetype row) const;
    QString objectId(qsizetype row) const;
    // The first row with this objectId, or -1. A scan without decoding the rows.
    qsizetype indexOf(const QString &objectId) const;

    void append(const ObjectRows &other);
    // Single rows, their text shared with `from` (no copy): a page brought up to date in place, step by step.
    void insert(qsizetype row, const ObjectRows &from, qsizetype fromRow);
    void set(qsizetype row, const ObjectRows &from, qsizetype fromRow);
    void remove(qsizetype row);
    void move(qsizetype from, qsizetype to);
    // The reply text held (whole replies, also of rows no longer held), plus the index.
    qsizetype bytes() const;
    // An object changed locally (after a save): its row now holds this object's text.
    void replace(qsizetype row, const QJsonObject &object);
    // The same for some of its members (a save's fields): the other members' text is kept, not decoded
    // and written again (a 200-field row took 0.4 ms, 80 ms of GUI thread for each batch of 200 saved).
    void update(qsizetype row, const QJsonObject &changes);
    void clear();

private:
    struct Row
    {
        quint32 chunk;    // index into m_chunks
        quint32 offset;   // of the object's '{' in its chunk
        quint32 length;   // of the object's text
        quint16 idOffset; // of the objectId's characters in the object's text
        quint8 idLength;  // kNoPlainId: decode the object to read its objectId (escaped or far away)
        quint8 reserved = 0;
    };
    static constexpr quint8 kNoPlainId = 0xff;

    // from's row, with its chunk taken over (once) into this one's chunks.
    Row adopt(const ObjectRows &from, qsizetype fromRow);

    QList<QByteArray> m_chunks;
    std::vector<Row> m_rows;
};

struct ObjectRows::Decoded
{
    std::optional<ObjectRows> rows; // empty when the reply was not a valid find reply
    QJsonObject rest;               // top-level members other than "results"
    QString error;                  // "offset 1234: ..." when rows is empty
};
