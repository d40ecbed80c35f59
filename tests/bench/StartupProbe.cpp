// Preloaded into parsedesk by bench_startup (LD_PRELOAD), never part of the product: prints on stderr when
// the first top-level window is exposed and when it first paints (steady clock, ns), then ends the
// application.
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>
#include <chrono>
#include <cstdio>

namespace {

long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class FirstWindowProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_exposeNs == 0 && watched->isWindowType() &&
            static_cast<QWindow *>(watched)->isExposed()) {
            m_exposeNs = nowNs();
        } else if (event->type() == QEvent::Paint && m_exposeNs != 0 && watched->isWidgetType() &&
                   static_cast<QWidget *>(watched)->isWindow()) {
            std::fprintf(stderr, "parsedesk-startup-probe: expose %lld paint %lld %s\n", m_exposeNs, nowNs(),
                         watched->metaObject()->className());
            std::fflush(stderr);
            QCoreApplication::instance()->removeEventFilter(this);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    long long m_exposeNs = 0;
};

void installProbe()
{
    QCoreApplication::instance()->installEventFilter(new FirstWindowProbe(QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
