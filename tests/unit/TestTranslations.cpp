// Every string the sources pass to tr() has a finished German and Spanish translation. lupdate runs on the
// current sources, so a string added without translating it fails here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString key; // context + source + comment
    bool finished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    QString source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                current = {};
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.finished = type.isEmpty() && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            current.key = context + QLatin1Char('|') + source + QLatin1Char('|') + comment;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const QString &ts : QStringLiteral(PARSEDESK_TS_FILES).split(QLatin1Char('|')))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(PARSEDESK_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("@" PARSEDESK_TR_SOURCE_LIST), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> wanted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(wanted.size() > 50, "lupdate found almost no strings: is the source list right?");
        const QList<Message> have = readTs(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> done;
        for (const Message &m : have) {
            if (m.finished)
                done.insert(m.key);
        }
        QStringList missing;
        for (const Message &m : wanted) {
            if (!done.contains(m.key))
                missing.append(m.key);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings untranslated in %2 (run the target "
                                                              "update_translations, then translate):\n%3")
                                                   .arg(missing.size())
                                                   .arg(tsFile, missing.mid(0, 20).join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
