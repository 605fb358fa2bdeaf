// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Identities the store uses for idempotence: the SHA-256 of an article's raw text, and the
// fingerprint of the coding configuration (dictionaries, CAMEO table, options), so that an article
// seen again is re-coded only when the coding could have changed.

#ifndef DRAGOMAN_STORE_CONTENT_HASH_H_
#define DRAGOMAN_STORE_CONTENT_HASH_H_

#include <string>
#include <string_view>

#include "dragoman/engine.h"
#include "dragoman/status.h"

namespace dragoman {

// SHA-256 (FIPS 180-4) of `data` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

// The content hash of an article: Sha256Hex of its raw bytes, exactly as given.
inline std::string ContentHash(std::string_view raw) { return Sha256Hex(raw); }

// A 16-hex-digit digest of everything that decides how `options` code an article: the bytes of the
// CAMEO table and of every dictionary file the Engine would load (resolved the way Engine::Create
// resolves them), in load order, and the coding flags. It does not cover the engine's own code: after
// upgrading Dragoman, re-ingest with --recode. Fails naming a file that cannot be read.
Result<std::string> CodingFingerprint(const EngineOptions& options);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_CONTENT_HASH_H_
