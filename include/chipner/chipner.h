// chipner/chipner.h: everything public, in one include.
#ifndef CHIPNER_CHIPNER_H_
#define CHIPNER_CHIPNER_H_

#include "chipner/entity.h"     // IWYU pragma: export
#include "chipner/error.h"      // IWYU pragma: export
#include "chipner/extractor.h"  // IWYU pragma: export
#include "chipner/formats.h"    // IWYU pragma: export
#include "chipner/json.h"       // IWYU pragma: export
#include "chipner/offsets.h"    // IWYU pragma: export
#include "chipner/options.h"    // IWYU pragma: export
#include "chipner/snapshot.h"   // IWYU pragma: export
#include "chipner/version.h"    // IWYU pragma: export

#endif  // CHIPNER_CHIPNER_H_
