/* SPDX-License-Identifier: MIT */
/* text.h: UTF-8 decoding and the normalisations that matching and IRI minting share.
 * Folding maps Latin letters with diacritics to ASCII ("Süleyman" -> "Suleyman") and
 * typographic punctuation to its ASCII form (’ -> ', “ -> "), so one key matches every spelling. */
#ifndef NG_TEXT_H
#define NG_TEXT_H
#include "util.h"
#include <stdbool.h>
#include <stdint.h>

/* Decode the code point at s[0..len); *adv gets its byte length (>= 1). Input is valid UTF-8. */
uint32_t ng_utf8_decode(const char *s, size_t len, size_t *adv);
/* Byte offset of the first malformed sequence, or len when all of s is well-formed. */
size_t ng_utf8_invalid_at(const char *s, size_t len);

bool ng_cp_is_letter(uint32_t cp);
bool ng_cp_is_upper(uint32_t cp);
bool ng_cp_is_digit(uint32_t cp);
bool ng_cp_is_space(uint32_t cp);
/* Apostrophe in any of its forms: ' ’ ‘ ʼ */
bool ng_cp_is_apostrophe(uint32_t cp);

/* Append s folded to ASCII where a fold is known, lowercased when `lower`. */
void ng_fold(ng_buf *out, const char *s, size_t len, bool lower);
/* Append a slug for an IRI path segment: folded, lowercase, [a-z0-9] runs joined by '-'.
 * Text that folds to nothing (another script) is percent-encoded instead. */
void ng_slug(ng_buf *out, const char *s, size_t len);
/* Append s with every byte outside RFC 3986 unreserved characters percent-encoded. */
void ng_percent_encode(ng_buf *out, const char *s, size_t len);
/* Columns a string takes on a terminal (code points; good enough for Latin and Cyrillic). */
size_t ng_utf8_width(const char *s);
/* Code points in s[0..len). */
size_t ng_utf8_count(const char *s, size_t len);
#endif
