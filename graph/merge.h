/* SPDX-License-Identifier: MIT */
/* merge.h: see ng_merge in newsgraph.h. */
#ifndef NG_MERGE_H
#define NG_MERGE_H
#include "kb.h"
#include "util.h"
#endif
