#include "ui/BatchDocumentPane.h"

#include "ui_BatchDocumentPane.h"

#include "core/models/BatchModel.h"
#include "ui/ToneKeeper.h"

namespace {
// Rendering 10,000 operations as text is not free: bursts of edits are rendered once.
constexpr int kSyncDelayMs = 150;
} // namespace

BatchDocumentPane::BatchDocumentPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BatchDocumentPane>())
{
    m_ui->setupUi(this);
    ToneKeeper::apply(m_ui->documentErrorLabel, Tone::Bad);
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(kSyncDelayMs);
    connect(&m_syncTimer, &QTimer::timeout, this, &BatchDocumentPane::syncText);
    connect(m_ui->documentJsonEdit, &JsonEdit::edited, this, &BatchDocumentPane::applyEdit);
}

BatchDocumentPane::~BatchDocumentPane() = default;

void BatchDocumentPane::setModel(BatchModel *model)
{
    m_model = model;
    connect(model, &BatchModel::documentChanged, this, [this] {
        if (m_applying)
            return;
        m_stale = true;
        // A tab that is not the current one is hidden: it catches up when shown.
        if (isVisibleTo(window()))
            m_syncTimer.start();
    });
}

void BatchDocumentPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_model)
        syncText();
}

void BatchDocumentPane::syncText()
{
    m_syncTimer.stop();
    m_stale = false;
    setError({});
    m_ui->documentJsonEdit->setJsonText(QString::fromUtf8(m_model->document().toJson()));
}

void BatchDocumentPane::applyEdit()
{
    const JsonText::Parsed parsed = m_ui->documentJsonEdit->check();
    QString error = parsed.error;
    std::optional<BatchDocument> doc;
    if (parsed.ok())
        doc = BatchDocument::fromJson(m_ui->documentJsonEdit->toPlainText().toUtf8(), &error);
    if (!doc) {
        // The table keeps the last valid operations; Send waits until the text is fixed.
        setError(error);
        return;
    }
    setError({});
    m_applying = true;
    m_model->updateDocument(*doc);
    m_applying = false;
}

void BatchDocumentPane::setError(const QString &error)
{
    m_ui->documentErrorLabel->setText(error);
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
