#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <vector>

// The top-level members of one JSON object's text, found without decoding their values, so that one value
// is decoded alone: a table shows 8 of a wide row's 200 fields, and decoding all of them was most of the
// cost of painting the row. The text must be valid JSON (ObjectRows validated it); it is copied.
class JsonMembers
{
public:
    JsonMembers() = default;
    explicit JsonMembers(QByteArrayView objectText);

    // False when the text is no object or a member's name is escaped: decode the whole object instead.
    bool isValid() const { return m_valid; }
    // The value of the last member of that name, as QJsonDocument keeps it; undefined when there is none.
    QJsonValue value(const QString &name) const;
    // The object's text with the members of `changes` set, and `leading` (when the object has it and it is
    // not among the changes) as its first member: the other members' text is copied as it is, none is
    // decoded. A changed member moves to the end (an object's members have no order). Only for a valid
    // object.
    QByteArray with(const QJsonObject &changes, const QString &leading = {}) const;

private:
    struct Member
    {
        qsizetype nameStart;
        qsizetype nameLength;
        qsizetype valueStart;
        qsizetype valueLength;
    };

    QByteArray m_text;
    std::vector<Member> m_members;
    bool m_valid = false;
};
