#include "GuiSession.h"

#include "GuiTestSupport.h"
#include "ui/MainWindow.h"

#include <QTabWidget>

GuiSession::GuiSession()
    : m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    , m_secrets(SecretStore::Backend::MemoryOnly)
    , m_store(std::make_unique<ProfileStore>(&m_secrets, &m_settings))
{}

GuiSession::~GuiSession() = default;

void GuiSession::reopenStore()
{
    m_store = std::make_unique<ProfileStore>(&m_secrets, &m_settings);
}

QString GuiSession::saveProfile(ServerProfile profile)
{
    profile.id.clear();
    return m_store->save(profile);
}

std::unique_ptr<MainWindow> GuiSession::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_store.get(), &m_settings);
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

std::unique_ptr<MainWindow> GuiSession::connectedWindow(const QString &profileId, const QString &tab)
{
    auto window = openWindow();
    window->connectToProfile(profileId);
    if (!waitSettled(window.get()))
        qWarning("the connection did not settle");
    if (!tab.isEmpty())
        GuiTestSupport::child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"))
            ->setCurrentWidget(GuiTestSupport::child<QWidget>(window.get(), tab));
    return window;
}

bool GuiSession::waitSettled(MainWindow *window)
{
    return QTest::qWaitFor([window] { return window->isSettled(); }, 20000);
}
