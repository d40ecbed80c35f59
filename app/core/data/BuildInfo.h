#pragma once

#include <QString>

// What this build is, from one place: the CMake project version, plus the git revision when it was
// configured in a checkout (git describe; nothing from a source tarball).
namespace BuildInfo {

// "0.1.0", or "0.1.0 (git 1a736d0)".
QString version();
// The project's home page (CMake's PROJECT_HOMEPAGE_URL).
QString homepage();

} // namespace BuildInfo
