/* SPDX-License-Identifier: MIT */
/* text.c: UTF-8, character classes, ASCII folding, slugs and the input checks of the
 * public API. The fold table is part of IRI identity, so it lives here and not in data/:
 * changing data/ must never rename an entity. */
#include "text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

uint32_t ng_utf8_decode(const char *s, size_t len, size_t *adv) {
  const unsigned char *p = (const unsigned char *)s;
  if (len == 0) {
    *adv = 0;
    return 0;
  }
  if (p[0] < 0x80) {
    *adv = 1;
    return p[0];
  }
  int n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
  if ((size_t)n > len) {
    *adv = 1;
    return 0xFFFD;
  }
  uint32_t cp = p[0] & (0x7F >> n);
  for (int i = 1; i < n; i++)
    cp = (cp << 6) | (p[i] & 0x3F);
  *adv = (size_t)n;
  return cp;
}

size_t ng_utf8_invalid_at(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    unsigned char c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t n;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF)
      n = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
      n = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
      n = 4, min = 0x10000;
    else
      return i;
    if (i + n > len)
      return i;
    uint32_t cp = c & (0x7F >> n);
    for (size_t k = 1; k < n; k++) {
      if ((p[i + k] & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += n;
  }
  return len;
}

size_t ng_utf8_width(const char *s) { return ng_utf8_count(s, strlen(s)); }

size_t ng_utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* ASCII folds for U+00C0..U+017F; "" marks a non-letter (× ÷). */
static const char *const latin_fold[] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",   /* C0 */
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "ss",  /* D0 */
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   /* E0 */
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",   /* F0 */
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",   /* 100 */
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",   /* 110 */
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",   /* 120 */
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L", /* 130 */
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",   /* 140 */
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s", /* 150 */
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",   /* 160 */
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",   /* 170 */
};

/* Ranges of Latin Extended-B/Additional where letters alternate upper, lower. */
static const struct {
  uint32_t lo, hi;
  char base;
} latin_pairs[] = {
    {0x01CD, 0x01CE, 'a'}, {0x01CF, 0x01D0, 'i'}, {0x01D1, 0x01D2, 'o'}, {0x01D3, 0x01DC, 'u'},
    {0x0218, 0x0219, 's'}, {0x021A, 0x021B, 't'}, {0x01A0, 0x01A1, 'o'}, {0x01AF, 0x01B0, 'u'},
    {0x1EA0, 0x1EB7, 'a'}, {0x1EB8, 0x1EC7, 'e'}, {0x1EC8, 0x1ECB, 'i'}, {0x1ECC, 0x1EE3, 'o'},
    {0x1EE4, 0x1EF1, 'u'}, {0x1EF2, 0x1EF9, 'y'},
};

/* The ASCII fold of a letter, or NULL when none is known. `buf` holds one-letter results. */
static const char *fold_letter(uint32_t cp, char buf[2]) {
  if (cp >= 0xC0 && cp <= 0x17F)
    return latin_fold[cp - 0xC0];
  for (size_t i = 0; i < NG_COUNTOF(latin_pairs); i++)
    if (cp >= latin_pairs[i].lo && cp <= latin_pairs[i].hi) {
      bool upper = ((cp - latin_pairs[i].lo) % 2) == 0;
      buf[0] = (char)(upper ? toupper(latin_pairs[i].base) : latin_pairs[i].base);
      buf[1] = '\0';
      return buf;
    }
  return NULL;
}

/* ASCII form of typographic punctuation, or NULL. */
static const char *fold_punct(uint32_t cp) {
  switch (cp) {
  case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: return "'";
  case 0x201C: case 0x201D: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033: return "\"";
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    return "-";
  case 0x2026: return "...";
  case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F: return " ";
  default: return NULL;
  }
}

bool ng_cp_is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

bool ng_cp_is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

bool ng_cp_is_apostrophe(uint32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}

bool ng_cp_is_letter(uint32_t cp) {
  if (cp < 0x80)
    return isalpha((int)cp) != 0;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
    return false;
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
      (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF20) || cp >= 0x1F000)
    return false; /* punctuation, symbols, arrows, emoji */
  return cp != 0x02BC; /* combining marks count as letters: they sit inside words */
}

bool ng_cp_is_upper(uint32_t cp) {
  if (cp < 0x80)
    return isupper((int)cp) != 0;
  char tmp[2];
  const char *f = fold_letter(cp, tmp);
  if (f)
    return f[0] && isupper((unsigned char)f[0]);
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

void ng_fold(ng_buf *out, const char *s, size_t len, bool lower) {
  size_t i = 0;
  while (i < len) {
    size_t adv;
    uint32_t cp = ng_utf8_decode(s + i, len - i, &adv);
    char tmp[2];
    const char *f = cp < 0x80 ? NULL : fold_letter(cp, tmp);
    if (!f && cp >= 0x80)
      f = fold_punct(cp);
    if (cp < 0x80) {
      ng_buf_putc(out, (char)(lower ? tolower((int)cp) : (int)cp));
    } else if (f) {
      for (const char *c = f; *c; c++)
        ng_buf_putc(out, (char)(lower ? tolower((unsigned char)*c) : *c));
    } else {
      ng_buf_put(out, s + i, adv); /* another script: kept as is */
    }
    i += adv;
  }
}

void ng_percent_encode(ng_buf *out, const char *s, size_t len) {
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      ng_buf_putc(out, (char)c);
    } else {
      char e[3] = {'%', hex[c >> 4], hex[c & 15]};
      ng_buf_put(out, e, 3);
    }
  }
}

void ng_slug(ng_buf *out, const char *s, size_t len) {
  ng_buf folded = NG_BUF_INIT;
  ng_fold(&folded, s, len, true);
  size_t start = out->len;
  bool dash = false;
  for (size_t i = 0; i < folded.len; i++) {
    unsigned char c = (unsigned char)folded.data[i];
    if (isalnum(c) && c < 0x80) {
      if (dash && out->len > start)
        ng_buf_putc(out, '-');
      ng_buf_putc(out, (char)c);
      dash = false;
    } else if (c >= 0x80) {
      /* a letter of another script: percent-encode it in place */
      if (dash && out->len > start)
        ng_buf_putc(out, '-');
      ng_percent_encode(out, (const char *)&folded.data[i], 1);
      dash = false;
    } else {
      dash = true;
    }
  }
  ng_buf_free(&folded);
}

/* The offset of the first U+FFFE or U+FFFF (UTF-8 EF BF BE / EF BF BF), or len. Valid UTF-8,
 * but not characters: raptor2 drops them from literals, so a text with them would lose them. */
static size_t noncharacter_at(const char *text, size_t len) {
  for (const char *p = text; (p = memchr(p, '\xEF', len - (size_t)(p - text))) != NULL; p++)
    if ((size_t)(text + len - p) >= 3 && (unsigned char)p[1] == 0xBF && ((unsigned char)p[2] & 0xFE) == 0xBE)
      return (size_t)(p - text);
  return len;
}

ng_status ng_text_check(const char *text, size_t len, size_t *bad_offset, const char **why) {
  size_t bad = ng_utf8_invalid_at(text, len);
  if (bad < len) {
    *bad_offset = bad;
    *why = "invalid UTF-8";
    return NG_ERR_INPUT;
  }
  const char *nul = memchr(text, '\0', len);
  if (nul) {
    *bad_offset = (size_t)(nul - text);
    *why = "NUL byte (binary file?)";
    return NG_ERR_INPUT;
  }
  size_t nonchar = noncharacter_at(text, len);
  if (nonchar < len) {
    *bad_offset = nonchar;
    *why = "U+FFFE or U+FFFF, which is not a character";
    return NG_ERR_INPUT;
  }
  for (size_t i = 0; i < len; i++)
    if (!isspace((unsigned char)text[i]))
      return NG_OK;
  *bad_offset = 0;
  *why = len ? "no text, only white space" : "empty article (no text at all)";
  return NG_ERR_INPUT;
}

bool ng_iri_is_valid(const char *s) {
  if (!s || !isalpha((unsigned char)s[0]))
    return false;
  const char *p = s;
  while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p != ':' || p[1] == '\0')
    return false;
  size_t len = strlen(s);
  if (ng_utf8_invalid_at(s, len) < len)
    return false;
  for (; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c <= 0x20 || c == 0x7F || strchr("<>\"{}|\\^`", c))
      return false;
    if (c == '%' && !(isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])))
      return false;
  }
  return true;
}

bool ng_date_is_valid(const char *s) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return false;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
      return false;
  int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1)
    return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= mdays[m - 1] + (m == 2 && leap);
}
