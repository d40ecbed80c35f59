#pragma once

#include <QTimer>
#include <QWidget>
#include <memory>

class BatchModel;

namespace Ui {
class BatchDocumentPane;
}

// The batch composer's whole document as JSON text. Edits apply to the operations as soon as the text is a
// valid document; while it is not, the operations stay as they were and error() says why. The text follows
// changes made elsewhere while the pane is visible, and catches up when it is shown again.
class BatchDocumentPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDocumentPane)

public:
    explicit BatchDocumentPane(QWidget *parent = nullptr);
    ~BatchDocumentPane() override;

    // Call once.
    void setModel(BatchModel *model);
    // Why the text is not a document ParseDesk can send; empty when it is one.
    QString error() const { return m_error; }

Q_SIGNALS:
    void errorChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void syncText();
    void applyEdit();
    void setError(const QString &error);

    std::unique_ptr<Ui::BatchDocumentPane> m_ui;
    BatchModel *m_model = nullptr;
    QTimer m_syncTimer;
    QString m_error;
    bool m_stale = true;
    bool m_applying = false;
};
