#include "core/query/ObjectExporter.h"

#include "core/data/Csv.h"
#include "core/data/JsonText.h"
#include "core/data/ObjectRows.h"
#include "core/net/ParseClient.h"
#include "core/net/ParseReply.h"
#include "core/query/CursorPager.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

ObjectExporter::ObjectExporter(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_formatter.setMaxThreadCount(1);
}

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
    const bool sortable = CursorPager::isSortableType(sortType);
    m_layout = {format, m_csvFormulas, {}, {}};
    m_written = 0;
    m_queued = 0;
    m_formatting = 0;
    m_pagesRead = false;
    m_total = -1;
    m_requestError = {};
    m_pager =
        std::make_unique<CursorPager>(where, sortable ? sortField : QStringLiteral("objectId"), descending,
                                      sortable && sortType == QLatin1String("Date"), kPageSize);
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error = tr("Cannot write %1: %2").arg(filePath, m_file->errorString());
        m_file.reset();
        Q_EMIT finished(false, error);
        return;
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    if (format == Format::Csv) {
        m_layout.columns = csvColumns(schema);
        QList<std::optional<QString>> header;
        for (const QString &column : std::as_const(m_layout.columns)) {
            const QString type = m_fieldTypes.value(column)[QLatin1String("type")].toString();
            const bool raw = m_csvFormulas == Csv::Formulas::Raw && type == QLatin1String("String");
            header << column + QLatin1Char(':') + type + (raw ? QStringLiteral(":raw") : QString());
            m_layout.types << type;
        }
        m_file->write(Csv::row(header).toUtf8());
    } else {
        m_file->write("[");
    }
    // The count first: it sizes the progress bar and checks the result. Without it (refused, say) the
    // export still runs, to the same end: the empty page.
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
    ParseRequest find = ParseRequest::find(m_className, m_pager->nextQuery());
    // Only indexed when it arrives: its objects are decoded by the formatter, so the next page is asked for
    // without waiting for this one's 7.5 MB to be decoded.
    find.compactRows = true;
    connect(m_client->send(find), &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation == m_generation && m_running)
            onPage(r);
    });
}

QByteArray ObjectExporter::pageText(const std::shared_ptr<const ObjectRows> &page, const Layout &layout,
                                    bool first)
{
    QByteArray text;
    text.reserve(page->bytes()); // about the reply's size, so it is not copied as it grows
    for (qsizetype row = 0; row < page->size(); ++row) {
        const QJsonObject object = page->object(row);
        if (layout.format == Format::Csv) {
            QList<std::optional<QString>> cells;
            cells.reserve(layout.columns.size());
            for (qsizetype i = 0; i < layout.columns.size(); ++i)
                cells << Csv::cellText(object.value(layout.columns.at(i)), layout.types.at(i),
                                       layout.formulas);
            text += Csv::row(cells).toUtf8();
        } else {
            text += (first ? "\n" : ",\n") + JsonText::compact(object).toUtf8();
            first = false;
        }
    }
    return text;
}

void ObjectExporter::onPage(const ParseResult &result)
{
    if (!result.ok()) {
        m_requestError = result.error;
        finish(false, tr("Export stopped after %1 objects: %2").arg(m_written).arg(result.error.describe()));
        return;
    }
    const std::shared_ptr<const ObjectRows> page = result.rows;
    const qsizetype objects = page->size();
    // The next page is asked for before this one is made into text, so the two overlap.
    if (m_pager->advance(objects, objects > 0 ? page->object(objects - 1) : QJsonObject())) {
        requestPage();
    } else if (m_pager->stalled()) {
        failIncomplete(tr("the server answered the same page again (it ignores the query's where), so not "
                          "every object could be read"));
        return;
    } else {
        m_pagesRead = true;
    }
    if (objects == 0) { // the end, or one a cursor may pass (the objects missing the sort field follow)
        if (m_pagesRead && m_formatting == 0)
            checkComplete();
        return;
    }
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, objects] {
        watcher->deleteLater();
        if (generation == m_generation && m_running)
            onPageText(watcher->result(), objects);
    });
    ++m_formatting;
    watcher->setFuture(
        QtConcurrent::run(&m_formatter, &ObjectExporter::pageText, page, m_layout, m_queued == 0));
    m_queued += objects;
}

void ObjectExporter::onPageText(const QByteArray &text, qsizetype objects)
{
    --m_formatting;
    if (m_file->write(text) != text.size()) {
        finish(false, tr("Export stopped after %1 objects: %2").arg(m_written).arg(m_file->errorString()));
        return;
    }
    m_written += objects;
    Q_EMIT progress(m_written, m_total);
    if (m_pagesRead && m_formatting == 0)
        checkComplete();
}

void ObjectExporter::checkComplete()
{
    if (m_total < 0 || m_written >= m_total) {
        finish(false, {});
        return;
    }
    const quint64 generation = m_generation;
    connect(m_client->send(ParseRequest::count(m_className, m_where)), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation != m_generation || !m_running)
                    return;
                if (!r.ok()) {
                    m_requestError = r.error;
                    finish(false, tr("Export stopped: %1 objects were counted at the start, %2 read, and "
                                     "counting again failed: %3")
                                      .arg(m_total)
                                      .arg(m_written)
                                      .arg(r.error.describe()));
                    return;
                }
                const qint64 now = r.object().value(QLatin1String("count")).toInteger(-1);
                if (now >= 0 && m_written >= now) {
                    finish(false, {}); // objects were deleted during the export
                    return;
                }
                failIncomplete(tr("the server counts %1 objects but listed only these, so the file would be "
                                  "incomplete")
                                   .arg(now));
            });
}

void ObjectExporter::failIncomplete(const QString &why)
{
    // A request problem (the server's answers don't add up), not the file's.
    m_requestError = {};
    m_requestError.kind = ParseError::Kind::Decode;
    m_requestError.message = why;
    finish(false, tr("Export stopped after %1 objects: %2").arg(m_written).arg(why));
}

void ObjectExporter::finish(bool cancelled, const QString &error)
{
    ++m_generation;
    m_running = false;
    QString problem = error;
    if (cancelled || !problem.isEmpty()) {
        m_file->cancelWriting();
    } else {
        if (m_layout.format == Format::Json)
            m_file->write("\n]\n");
        if (!m_file->commit())
            problem = tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
    }
    m_file.reset();
    Q_EMIT finished(cancelled, problem);
}
