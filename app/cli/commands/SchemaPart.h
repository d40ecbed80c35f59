#pragma once

#include "cli/CliOutput.h"

#include <QJsonObject>

// What clp and index print: one part of a class's schema (its classLevelPermissions, its indexes) as the
// server gave it: compact JSON, or one row per key with its value as JSON for table and csv.
namespace SchemaPart {
QByteArray render(const QString &keyColumn, const QJsonObject &part, CliOutput::Format format);
}
