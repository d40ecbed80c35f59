#include "ui/ImportDialog.h"

#include "core/models/ClassListModel.h"
#include "ui/ToneKeeper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ImportDialog::ImportDialog(const ClassListModel *classes, const QString &className, QWidget *parent)
    : QDialog(parent)
    , m_classes(classes)
    , m_fileEdit(new QLineEdit(this))
    , m_classCombo(new QComboBox(this))
    , m_keepIdsCheck(
          new QCheckBox(tr("Keep the file's objectIds (the server must allow custom object ids)"), this))
    , m_timeZoneCombo(new QComboBox(this))
    , m_summaryLabel(new QLabel(this))
    , m_detailsEdit(new QPlainTextEdit(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import objects"));
    m_fileEdit->setObjectName(QStringLiteral("importFileLineEdit"));
    m_fileEdit->setPlaceholderText(tr("A .json or .csv file, e.g. one exported by ParseDesk"));
    m_classCombo->setObjectName(QStringLiteral("importClassComboBox"));
    m_classCombo->setEditable(true);
    m_classCombo->setInsertPolicy(QComboBox::NoInsert);
    if (classes)
        m_classCombo->addItems(classes->classNames());
    m_classCombo->setCurrentText(className);
    m_classCombo->setToolTip(tr("An existing class, or a new name: the server creates the class"));
    m_keepIdsCheck->setObjectName(QStringLiteral("keepObjectIdsCheckBox"));
    m_timeZoneCombo->setObjectName(QStringLiteral("importTimeZoneComboBox"));
    m_timeZoneCombo->addItem(tr("Refuse them (write dates with Z or an offset)"));
    m_timeZoneCombo->addItem(QStringLiteral("UTC"), QByteArray("UTC"));
    const QByteArray local = QTimeZone::systemTimeZoneId();
    m_timeZoneCombo->addItem(tr("%1 (this computer)").arg(QString::fromUtf8(local)), local);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZoneCombo->addItem(QString::fromUtf8(zone), zone);
    m_timeZoneCombo->setToolTip(tr("The time zone of dates in the file that don't name one, such as "
                                   "2026-01-02 10:00; without one they are refused rather than guessed"));
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_detailsEdit->setObjectName(QStringLiteral("importDetailsPlainTextEdit"));
    m_detailsEdit->setReadOnly(true);
    m_detailsEdit->setPlaceholderText(tr("Rows that can't be imported, and what is left out, show here."));
    m_buttonBox->setObjectName(QStringLiteral("importButtonBox"));

    auto *browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("browseToolButton"));
    browse->setText(tr("Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Into &class:"), m_classCombo);
    form->addRow(QString(), m_keepIdsCheck);
    auto *timeZoneLabel = new QLabel(tr("Dates without a &time zone:"), this);
    timeZoneLabel->setBuddy(m_timeZoneCombo);
    form->addRow(timeZoneLabel, m_timeZoneCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_detailsEdit, 1);
    layout->addWidget(m_buttonBox);
    resize(720, 480);

    connect(browse, &QToolButton::clicked, this, &ImportDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::replan);
    connect(m_classCombo, &QComboBox::currentTextChanged, this, &ImportDialog::replan);
    connect(m_keepIdsCheck, &QCheckBox::toggled, this, &ImportDialog::replan);
    connect(m_timeZoneCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
    connect(&m_watcher, &QFutureWatcher<ImportPlan>::finished, this, [this] {
        m_plan = m_watcher.result();
        if (std::exchange(m_replanAgain, false))
            replan();
        else
            showPlan();
    });
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPlan();
}

ImportDialog::~ImportDialog()
{
    // Closing the dialog moves the focus out of the file field; its editingFinished must not reach a
    // dialog whose destructor has run.
    m_fileEdit->disconnect(this);
    m_watcher.waitForFinished();
}

void ImportDialog::setFile(const QString &path)
{
    m_fileEdit->setText(path);
    replan();
}

QString ImportDialog::description() const
{
    return tr("Import of %1 into %2")
        .arg(QFileInfo(m_fileEdit->text()).fileName(), m_classCombo->currentText());
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import objects"), m_fileEdit->text(),
                                                      tr("JSON or CSV (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::replan()
{
    if (m_watcher.isRunning()) {
        m_replanAgain = true;
        return;
    }
    const QString path = m_fileEdit->text().trimmed();
    const QString className = m_classCombo->currentText().trimmed();
    if (path.isEmpty() || className.isEmpty()) {
        m_plan = ImportPlan();
        showPlan();
        return;
    }
    const QJsonObject schema = m_classes ? m_classes->schema(className) : QJsonObject();
    const bool keepIds = m_keepIdsCheck->isChecked();
    const QByteArray zone = m_timeZoneCombo->currentData().toByteArray();
    const std::optional<QTimeZone> timeZone =
        zone.isEmpty() ? std::nullopt : std::optional<QTimeZone>(QTimeZone(zone));
    m_summaryLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    // Reading and converting a large file would stall the window.
    m_watcher.setFuture(QtConcurrent::run([path, className, schema, keepIds, timeZone] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ImportPlan failed;
            failed.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return failed;
        }
        const QByteArray content = file.readAll();
        return ObjectImporter::plan(content, ObjectImporter::formatOf(path, content), className, schema,
                                    keepIds, timeZone);
    }));
}

void ImportDialog::showPlan()
{
    const int ready = int(m_plan.document.operations.size());
    QPushButton *ok = m_buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_plan.ok() && ready > 0);
    ok->setText(tr("Import %1 objects").arg(ready));
    QString summary;
    if (m_fileEdit->text().trimmed().isEmpty())
        summary = tr("Choose a file. JSON: an array of objects. CSV: a header of field names (field:Type "
                     "keeps types, as ParseDesk's exports do).");
    else if (!m_plan.ok())
        summary = m_plan.error;
    else
        summary = tr("Objects to create: %1. Rows left out: %2.").arg(ready).arg(m_plan.problems.size());
    m_summaryLabel->setText(summary);
    ToneKeeper::apply(m_summaryLabel, m_plan.ok() ? Tone::None : Tone::Bad);
    QStringList details = m_plan.notes;
    if (!m_plan.problems.isEmpty()) {
        if (!details.isEmpty())
            details << QString();
        details << tr("Left out:") << m_plan.problems;
    }
    m_detailsEdit->setPlainText(details.join(QLatin1Char('\n')));
}
