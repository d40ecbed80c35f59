#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

// Help -> About: this build's version (with its git revision), the Qt it was built with and runs on, the
// licenses of what ships with it, and a link to the project.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
