#include "ObjectExporter.h"

#include "Csv.h"
#include "CursorPager.h"
#include "JsonText.h"
#include "ParseClient.h"
#include "ParseReply.h"

#include <QJsonArray>

ObjectExporter::ObjectExporter(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ObjectExporter::~ObjectExporter() = default;

QStringList ObjectExporter::csvColumns(const QJsonObject &schema)
{
    const QJsonObject fields = schema.value(QLatin1String("fields")).toObject();
    QStringList columns;
    // Parse's own fields first, as the object table shows them.
    for (const char *own : {"objectId", "createdAt", "updatedAt", "ACL"}) {
        if (fields.contains(QLatin1String(own)))
            columns << QLatin1String(own);
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!columns.contains(it.key()) &&
            it.value()[QLatin1String("type")].toString() != QLatin1String("Relation"))
            columns << it.key();
    }
    return columns;
}

void ObjectExporter::start(const QString &className, const QJsonObject &schema, const QJsonObject &where,
                           const QString &sortField, bool descending, Format format, const QString &filePath)
{
    if (m_running || !m_client)
        return;
    m_className = className;
    m_fieldTypes = schema.value(QLatin1String("fields")).toObject();
    m_where = where;
    const QString sortType = m_fieldTypes.value(sortField)[QLatin1String("type")].toString();
    m_sortField = CursorPager::isSortableType(sortType) ? sortField : QStringLiteral("objectId");
    m_descending = descending;
    m_format = format;
    m_written = 0;
    m_total = -1;
    m_requestError = {};
    m_pageSizeKnown = false;
    m_pager = std::make_unique<CursorPager>(where, m_sortField, descending, sortType == QLatin1String("Date"),
                                            kPageSize);
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error = tr("Cannot write %1: %2").arg(filePath, m_file->errorString());
        m_file.reset();
        Q_EMIT finished(false, error);
        return;
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    if (m_format == Format::Csv) {
        m_columns = csvColumns(schema);
        QList<std::optional<QString>> header;
        for (const QString &column : std::as_const(m_columns)) {
            const QString type = m_fieldTypes.value(column)[QLatin1String("type")].toString();
            const bool raw = m_csvFormulas == Csv::Formulas::Raw && type == QLatin1String("String");
            header << column + QLatin1Char(':') + type + (raw ? QStringLiteral(":raw") : QString());
        }
        m_file->write(Csv::row(header).toUtf8());
    } else {
        m_file->write("[");
    }
    // The count first: it sizes the progress bar and tells a page clamped by the server's maxLimit from the
    // last page. Without it (refused, say) the export still runs.
    connect(m_client->send(ParseRequest::count(className, where)), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation != m_generation || !m_running)
                    return;
                if (r.ok())
                    m_total = r.object().value(QLatin1String("count")).toInteger(-1);
                Q_EMIT progress(m_written, m_total);
                requestPage();
            });
}

void ObjectExporter::cancel()
{
    if (m_running)
        finish(true, {});
}

void ObjectExporter::requestPage()
{
    const quint64 generation = m_generation;
    connect(m_client->send(ParseRequest::find(m_className, m_pager->nextQuery())), &ParseReply::finished,
            this, [this, generation](const ParseResult &r) {
                if (generation == m_generation && m_running)
                    onPage(r);
            });
}

void ObjectExporter::onPage(const ParseResult &result)
{
    if (!result.ok()) {
        m_requestError = result.error;
        finish(false, tr("Export stopped after %1 objects: %2").arg(m_written).arg(result.error.describe()));
        return;
    }
    const QJsonArray page = result.object().value(QLatin1String("results")).toArray();
    // A first page shorter than asked while more objects exist: the server's maxLimit clamps pages, so
    // page by that size (else the short page would read as the end).
    if (!m_pageSizeKnown && !page.isEmpty() && page.size() < m_pager->pageSize() && m_total > page.size()) {
        m_pager = std::make_unique<CursorPager>(
            m_where, m_sortField, m_descending,
            m_fieldTypes.value(m_sortField)[QLatin1String("type")].toString() == QLatin1String("Date"),
            int(page.size()));
    }
    m_pageSizeKnown = true;
    QByteArray chunk;
    for (const QJsonValue &item : page) {
        const QJsonObject object = item.toObject();
        if (m_format == Format::Csv) {
            QList<std::optional<QString>> cells;
            for (const QString &column : std::as_const(m_columns))
                cells << Csv::cellText(object.value(column),
                                       m_fieldTypes.value(column)[QLatin1String("type")].toString(),
                                       m_csvFormulas);
            chunk += Csv::row(cells).toUtf8();
        } else {
            chunk += (m_written == 0 ? "\n" : ",\n") + JsonText::compact(object).toUtf8();
        }
        ++m_written;
    }
    if (m_file->write(chunk) != chunk.size()) {
        finish(false, tr("Export stopped after %1 objects: %2").arg(m_written).arg(m_file->errorString()));
        return;
    }
    Q_EMIT progress(m_written, m_total);
    if (m_pager->advance(page))
        requestPage();
    else
        finish(false, {});
}

void ObjectExporter::finish(bool cancelled, const QString &error)
{
    ++m_generation;
    m_running = false;
    QString problem = error;
    if (cancelled || !problem.isEmpty()) {
        m_file->cancelWriting();
    } else {
        if (m_format == Format::Json)
            m_file->write("\n]\n");
        if (!m_file->commit())
            problem = tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
    }
    m_file.reset();
    Q_EMIT finished(cancelled, problem);
}
