// View -> Theme: System, Light and Dark applied at run time and remembered; the colours that carry a
// meaning (tones, JSON tokens) readable in both light and dark (WCAG AA: 4.5:1) and following a change.
#include "GuiTestSupport.h"
#include "ui/Theme.h"
#include "ui/ThemeMenu.h"
#include "ui/ToneDelegate.h"
#include "ui/ToneKeeper.h"
#include "ui/widgets/JsonEdit.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <memory>

using GuiTestSupport::child;

namespace {
constexpr double kReadable = 4.5;

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The palette change reaches widgets through posted events.
void applyAndSettle(Theme::Choice choice)
{
    Theme::apply(choice);
    QCoreApplication::processEvents();
}

// The foreground the highlighter gave the text at `position` of the first line, or an invalid colour.
QColor tokenColour(const JsonEdit &edit, int position)
{
    const QTextBlock block = edit.document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (position >= range.start && position < range.start + range.length)
            return range.format.foreground().color();
    return {};
}
} // namespace

Q_DECLARE_METATYPE(Theme::Choice)
Q_DECLARE_METATYPE(Tone)

class TestTheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void dark_changesTheApplicationPalette();
    void choice_isRememberedAndAppliedAtStart();
    void system_bringsBackThePlatformLook();
    void tonedLabel_followsAThemeChange();
    void tones_readOnBaseAndFill_data();
    void tones_readOnBaseAndFill();
    void jsonTokens_readOnBaseAfterAThemeChange_data();
    void jsonTokens_readOnBaseAfterAThemeChange();
    void jsonErrorMark_followsAThemeChange();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

void TestTheme::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_systemStyle = QApplication::style()->name();
    m_systemPalette = QApplication::palette();
}

void TestTheme::init()
{
    applyAndSettle(Theme::Choice::System);
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
}

void TestTheme::dark_changesTheApplicationPalette()
{
    ThemeMenu menu(m_settings.get());
    QCOMPARE(menu.objectName(), QStringLiteral("themeMenu"));
    auto *system = child<QAction>(&menu, QStringLiteral("systemThemeAction"));
    auto *dark = child<QAction>(&menu, QStringLiteral("darkThemeAction"));
    QVERIFY(system->isChecked());

    dark->trigger();
    QCoreApplication::processEvents();
    QVERIFY(dark->isChecked());
    QVERIFY(!system->isChecked()); // one choice at a time
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    const QPalette palette = QApplication::palette();
    QVERIFY2(palette.color(QPalette::Base).lightness() < 64,
             qPrintable(palette.color(QPalette::Base).name()));
    QVERIFY2(palette.color(QPalette::Text).lightness() > 192,
             qPrintable(palette.color(QPalette::Text).name()));
    QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= kReadable);
    QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >=
            kReadable);
    QVERIFY(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= kReadable);

    child<QAction>(&menu, QStringLiteral("lightThemeAction"))->trigger();
    QCoreApplication::processEvents();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 192);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 64);
}

void TestTheme::choice_isRememberedAndAppliedAtStart()
{
    {
        ThemeMenu menu(m_settings.get());
        child<QAction>(&menu, QStringLiteral("darkThemeAction"))->trigger();
    }
    m_settings->sync();
    applyAndSettle(Theme::Choice::Light); // as a new start would find the application

    const QSettings reopened(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(Theme::saved(reopened), Theme::Choice::Dark);
    Theme::applySaved(reopened);
    QCOMPARE(QApplication::palette().color(QPalette::Base), Theme::darkPalette().color(QPalette::Base));
    ThemeMenu again(m_settings.get());
    QVERIFY(child<QAction>(&again, QStringLiteral("darkThemeAction"))->isChecked());
    QVERIFY(!child<QAction>(&again, QStringLiteral("systemThemeAction"))->isChecked());
}

void TestTheme::system_bringsBackThePlatformLook()
{
    applyAndSettle(Theme::Choice::Dark);
    ThemeMenu menu(m_settings.get());
    child<QAction>(&menu, QStringLiteral("systemThemeAction"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::style()->name(), m_systemStyle);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Text, QPalette::Highlight})
        QCOMPARE(QApplication::palette().color(role), m_systemPalette.color(role));
    QCOMPARE(Theme::saved(*m_settings), Theme::Choice::System);
}

void TestTheme::tonedLabel_followsAThemeChange()
{
    QWidget window;
    auto *error = new QLabel(QStringLiteral("Count failed"), &window);
    auto *note = new QLabel(QStringLiteral("The last refresh failed"), &window);
    ToneKeeper::apply(error, Tone::Bad);
    ToneKeeper::apply(note, Tone::Caution, Tone::Caution);
    window.show();

    for (const Theme::Choice choice : {Theme::Choice::Dark, Theme::Choice::Light, Theme::Choice::Dark}) {
        applyAndSettle(choice);
        const QPalette palette = QApplication::palette();
        QCOMPARE(error->palette().color(QPalette::WindowText), ToneDelegate::textColor(Tone::Bad, palette));
        QCOMPARE(note->palette().color(QPalette::WindowText),
                 ToneDelegate::textColor(Tone::Caution, palette));
        QCOMPARE(note->palette().color(QPalette::Window), ToneDelegate::fillColor(Tone::Caution, palette));
        QVERIFY(note->autoFillBackground());
    }

    // Back to no tone: the label takes the palette's own colours again, and keeps following it.
    ToneKeeper::apply(error, Tone::None);
    ToneKeeper::apply(note, Tone::None);
    QCOMPARE(error->palette().color(QPalette::WindowText),
             QApplication::palette().color(QPalette::WindowText));
    QVERIFY(!note->autoFillBackground());
    QCOMPARE(note->frameShape(), QFrame::NoFrame);
    applyAndSettle(Theme::Choice::Light);
    QCOMPARE(error->palette().color(QPalette::WindowText),
             QApplication::palette().color(QPalette::WindowText));
}

void TestTheme::tones_readOnBaseAndFill_data()
{
    QTest::addColumn<Theme::Choice>("choice");
    QTest::addColumn<Tone>("tone");
    const std::pair<const char *, Tone> tones[] = {
        {"good", Tone::Good}, {"bad", Tone::Bad}, {"caution", Tone::Caution}, {"muted", Tone::Muted}};
    for (const auto &[name, tone] : tones) {
        QTest::addRow("light, %s", name) << Theme::Choice::Light << tone;
        QTest::addRow("dark, %s", name) << Theme::Choice::Dark << tone;
    }
}

void TestTheme::tones_readOnBaseAndFill()
{
    QFETCH(Theme::Choice, choice);
    QFETCH(Tone, tone);
    applyAndSettle(choice);
    const QPalette palette = QApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = ToneDelegate::textColor(tone, palette);
    const QColor fill = ToneDelegate::fillColor(tone, palette);
    const QString colours =
        QStringLiteral("text %1, fill %2, base %3").arg(text.name(), fill.name(), base.name());
    // On a plain cell, on a cell filled in the tone, and a filled cell's ordinary text.
    QVERIFY2(contrast(text, base) >= kReadable, qPrintable(colours));
    QVERIFY2(contrast(text, fill) >= kReadable, qPrintable(colours));
    QVERIFY2(contrast(palette.color(QPalette::Text), fill) >= kReadable, qPrintable(colours));
}

void TestTheme::jsonTokens_readOnBaseAfterAThemeChange_data()
{
    QTest::addColumn<Theme::Choice>("from");
    QTest::addColumn<Theme::Choice>("to");
    QTest::addColumn<QString>("token");
    const char *tokens[] = {"\"name\"", "\"__op\"", "\"Ada\"", "1.5", "true"};
    for (const char *token : tokens) {
        QTest::addRow("light, %s", token)
            << Theme::Choice::Dark << Theme::Choice::Light << QString::fromUtf8(token);
        QTest::addRow("dark, %s", token)
            << Theme::Choice::Light << Theme::Choice::Dark << QString::fromUtf8(token);
    }
}

void TestTheme::jsonTokens_readOnBaseAfterAThemeChange()
{
    QFETCH(Theme::Choice, from);
    QFETCH(Theme::Choice, to);
    QFETCH(QString, token);
    applyAndSettle(from);
    JsonEdit edit;
    edit.setJsonText(QStringLiteral("{\"name\": \"Ada\", \"__op\": 1.5, \"flag\": true}"));
    edit.show();
    QCoreApplication::processEvents();
    const int position = int(edit.toPlainText().indexOf(token));
    QVERIFY(position >= 0);
    const QColor before = tokenColour(edit, position);
    QVERIFY(before.isValid());

    QSignalSpy edits(&edit, &JsonEdit::edited);
    applyAndSettle(to);
    const QColor colour = tokenColour(edit, position);
    const QColor base = edit.palette().color(QPalette::Base);
    QVERIFY2(colour != before, qPrintable(colour.name())); // coloured again for the new palette
    QVERIFY2(contrast(colour, base) >= kReadable,
             qPrintable(colour.name() + QLatin1String(" on ") + base.name()));
    QTest::qWait(JsonEdit::kPauseMs * 2);
    QCOMPARE(edits.count(), 0); // a new theme is not an edit
}

void TestTheme::jsonErrorMark_followsAThemeChange()
{
    applyAndSettle(Theme::Choice::Light);
    JsonEdit edit;
    edit.setJsonText(QStringLiteral("{\"name\": }"));
    QVERIFY(!edit.check().ok());
    QCOMPARE(edit.extraSelections().size(), 2);
    const QColor lightLine = edit.extraSelections().constFirst().format.background().color();

    applyAndSettle(Theme::Choice::Dark);
    const QList<QTextEdit::ExtraSelection> marks = edit.extraSelections();
    QCOMPARE(marks.size(), 2);
    const QColor darkLine = marks.constFirst().format.background().color();
    QVERIFY(darkLine != lightLine);
    QCOMPARE(darkLine, ToneDelegate::fillColor(Tone::Bad, edit.palette()));
    QVERIFY(contrast(edit.palette().color(QPalette::Text), marks.constLast().format.background().color()) >=
            kReadable);
    QVERIFY(!edit.errorText().isEmpty());
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
