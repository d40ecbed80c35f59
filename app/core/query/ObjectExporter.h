#pragma once

#include "core/data/Csv.h"
#include "core/net/ParseResult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QStringList>
#include <QThreadPool>
#include <memory>
#include <optional>

class CursorPager;
class ObjectRows;
class ParseClient;

// Writes every object a query matches to a file, page by page as they arrive (by cursor, like the object
// table), as JSON (an array of the objects as the server sends them) or CSV (a "field:Type" header from
// the schema, so the file imports back with its types). The file only replaces its target once complete:
// a failure or a cancel leaves nothing half-written behind. Only an empty page ends the paging (a
// server's maxLimit clamps pages below kPageSize without saying so); the count only sizes the progress
// and checks the result. A page's text is made off the GUI thread while the next page is read (a page of
// 1,000 wide objects is ~7.5 MB, and making its CSV took as long as the server took to send the next).
class ObjectExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectExporter)

public:
    enum class Format
    {
        Json,
        Csv
    };
    static constexpr int kPageSize = 1000;

    explicit ObjectExporter(ParseClient *client, QObject *parent = nullptr);
    ~ObjectExporter() override;

    // schema: the class's /schemas entry. sortField orders the pages (objectId when it can't be paged by).
    void start(const QString &className, const QJsonObject &schema, const QJsonObject &where,
               const QString &sortField, bool descending, Format format, const QString &filePath);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 written() const { return m_written; }
    // Why the last export stopped when a request failed (Kind::None when it was the file, or no failure).
    const ParseError &requestError() const { return m_requestError; }

    // The CSV columns of a schema, Relation fields left out (they hold no value).
    static QStringList csvColumns(const QJsonObject &schema);
    // CSV String cells are neutralized against spreadsheet formulas unless Raw; a raw file's String columns
    // say so in the header ("field:String:raw") so that an import takes them as they are.
    void setCsvFormulas(Csv::Formulas formulas) { m_csvFormulas = formulas; }

Q_SIGNALS:
    // total: the exact count once known, else -1.
    void progress(qint64 written, qint64 total);
    // error: empty when every object was written, or when cancelled (cancelled tells).
    void finished(bool cancelled, const QString &error);

private:
    struct Layout
    {
        Format format = Format::Json;
        Csv::Formulas formulas = Csv::Formulas::Neutralize;
        QStringList columns;
        QStringList types; // of each column
    };
    // The text of a page's objects (for JSON, each after ",\n", the first one after "\n" when first).
    static QByteArray pageText(const std::shared_ptr<const ObjectRows> &page, const Layout &layout,
                               bool first);

    void requestPage();
    void onPage(const ParseResult &result);
    void onPageText(const QByteArray &text, qsizetype objects);
    // After the last page: fewer objects than counted at the start are only complete when a second
    // count agrees (objects deleted meanwhile); else the export fails rather than stop short.
    void checkComplete();
    void failIncomplete(const QString &why);
    void finish(bool cancelled, const QString &error);

    QPointer<ParseClient> m_client;
    QString m_className;
    QJsonObject m_fieldTypes;
    QJsonObject m_where;
    Csv::Formulas m_csvFormulas = Csv::Formulas::Neutralize;
    Layout m_layout;
    std::unique_ptr<CursorPager> m_pager;
    std::unique_ptr<QSaveFile> m_file;
    bool m_running = false;
    qint64 m_written = 0;
    qint64 m_total = -1;
    ParseError m_requestError;
    quint64 m_generation = 0;
    // One thread: pages are made into text, and written, in the order they were read.
    QThreadPool m_formatter;
    int m_formatting = 0;     // pages handed to m_formatter and not written yet
    qint64 m_queued = 0;      // objects handed to m_formatter
    bool m_pagesRead = false; // the empty page came: the rest is writing what was read
};
