// Every icon the application embeds renders: a machine without Qt's SVG image plugin (Debian's libqt6svg6,
// which tests/setup.sh installs) shows every one of them as a blank square, and nothing else says so.
#include <QDir>
#include <QDirIterator>
#include <QIcon>
#include <QImage>
#include <QTest>

class TestIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIcon_rendersVisiblePixels_data();
    void everyIcon_rendersVisiblePixels();
};

void TestIcons::everyIcon_rendersVisiblePixels_data()
{
    QTest::addColumn<QString>("resource");
    // The icons in the source tree, so one left out of the resource list fails too.
    const QStringList files =
        QDir(QStringLiteral(PARSEDESK_ICONS_DIR)).entryList({QStringLiteral("*.svg")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QStringLiteral(":/icons/") + file;
}

void TestIcons::everyIcon_rendersVisiblePixels()
{
    QFETCH(QString, resource);
    QVERIFY2(QFile::exists(resource), "not in the application's resources");
    const QIcon icon(resource);
    const QImage image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    QVERIFY2(!image.isNull(), "no image: is Qt's SVG image plugin (libqt6svg6) installed?");
    int visible = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            visible += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    QVERIFY2(visible > 0, "blank: is Qt's SVG image plugin (libqt6svg6) installed?");
}

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"
