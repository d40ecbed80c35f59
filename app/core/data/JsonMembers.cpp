#include "core/data/JsonMembers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype skipSpace(const QByteArray &text, qsizetype i)
{
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return i;
}

// Past the string whose opening quote is at i; -1 when it does not end.
qsizetype skipString(const QByteArray &text, qsizetype i)
{
    for (++i; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// Past the value that starts at i (valid JSON: only strings and nesting need tracking); -1 when it does not
// end.
qsizetype skipValue(const QByteArray &text, qsizetype i)
{
    int depth = 0;
    while (i < text.size()) {
        const char c = text.at(i);
        if (c == '"') {
            i = skipString(text, i);
            if (i < 0)
                return -1;
            if (depth == 0)
                return i;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i; // the end of a scalar that is the object's last member
            if (--depth == 0)
                return i + 1;
        } else if (depth == 0 && (c == ',' || isSpace(c))) {
            return i;
        }
        ++i;
    }
    return depth == 0 ? i : -1;
}
} // namespace

JsonMembers::JsonMembers(QByteArrayView objectText)
    : m_text(objectText.toByteArray())
{
    qsizetype i = skipSpace(m_text, 0);
    if (i >= m_text.size() || m_text.at(i) != '{')
        return;
    i = skipSpace(m_text, i + 1);
    if (i < m_text.size() && m_text.at(i) == '}') {
        m_valid = true;
        return;
    }
    while (i < m_text.size() && m_text.at(i) == '"') {
        const qsizetype nameEnd = skipString(m_text, i);
        if (nameEnd < 0 || QByteArrayView(m_text).sliced(i, nameEnd - i).contains('\\'))
            return;
        const qsizetype colon = skipSpace(m_text, nameEnd);
        if (colon >= m_text.size() || m_text.at(colon) != ':')
            return;
        const qsizetype valueStart = skipSpace(m_text, colon + 1);
        const qsizetype valueEnd = skipValue(m_text, valueStart);
        if (valueEnd <= valueStart)
            return;
        m_members.push_back({i + 1, nameEnd - i - 2, valueStart, valueEnd - valueStart});
        i = skipSpace(m_text, valueEnd);
        if (i < m_text.size() && m_text.at(i) == '}') {
            m_valid = true;
            return;
        }
        if (i >= m_text.size() || m_text.at(i) != ',')
            return;
        i = skipSpace(m_text, i + 1);
    }
}

QJsonValue JsonMembers::value(const QString &name) const
{
    const QByteArray wanted = name.toUtf8();
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
        if (QByteArrayView(m_text).sliced(it->nameStart, it->nameLength) != QByteArrayView(wanted))
            continue;
        // QJsonDocument parses containers only; wrapped, a scalar is read exactly as in the whole object.
        QByteArray wrapped;
        wrapped.reserve(it->valueLength + 2);
        wrapped.append('[')
            .append(QByteArrayView(m_text).sliced(it->valueStart, it->valueLength))
            .append(']');
        return QJsonDocument::fromJson(wrapped).array().first();
    }
    return QJsonValue(QJsonValue::Undefined);
}

namespace {
// A value's or a name's compact JSON text (QJsonDocument writes containers only).
QByteArray compactText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}
} // namespace

QByteArray JsonMembers::with(const QJsonObject &changes, const QString &leading) const
{
    const QByteArray first = leading.toUtf8();
    QList<QByteArray> changed;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        changed.append(it.key().toUtf8());
    QByteArray text;
    text.reserve(m_text.size() + 64 * changes.size());
    text.append('{');
    const auto name = [this](const Member &m) {
        return QByteArrayView(m_text).sliced(m.nameStart, m.nameLength);
    };
    const auto member = [this](const Member &m) {
        // From the name's opening quote to the value's end.
        return QByteArrayView(m_text).sliced(m.nameStart - 1, m.valueStart + m.valueLength - m.nameStart + 1);
    };
    const auto isChanged = [&changed](QByteArrayView n) { return changed.contains(n); };
    if (!first.isEmpty() && !changed.contains(first)) {
        for (auto it = m_members.crbegin(); it != m_members.crend(); ++it) {
            if (name(*it) == QByteArrayView(first)) {
                // Written without the spaces the text may have around its colon: a reader may look
                // for `{"leading":` at the start.
                text.append(compactText(leading))
                    .append(':')
                    .append(QByteArrayView(m_text).sliced(it->valueStart, it->valueLength));
                break;
            }
        }
    }
    for (const Member &m : m_members) {
        const QByteArrayView n = name(m);
        if ((!first.isEmpty() && n == QByteArrayView(first)) || isChanged(n))
            continue;
        if (text.size() > 1)
            text.append(',');
        text.append(member(m));
    }
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (text.size() > 1)
            text.append(',');
        text.append(compactText(it.key())).append(':').append(compactText(it.value()));
    }
    return text.append('}');
}
