#pragma once

#include "core/net/ServerProfile.h"

// The profile of unit tests whose requests never leave the process (RecordingNetwork answers them): a
// name, a URL with the usual mount path and an application id. Each test adds the keys or flags it is about.
ServerProfile offlineProfile();
