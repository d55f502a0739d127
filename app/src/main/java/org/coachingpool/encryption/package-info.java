/**
 * Encryption at rest of what people write in confidence: session notes, agreed actions, private
 * reasons and half-written forms. Offers {@link org.coachingpool.encryption.TextVault} (seal and
 * open a text for one column) and {@link org.coachingpool.encryption.SealedColumn}, which each
 * feature owning such a column implements so that {@link org.coachingpool.encryption.Resealing}
 * can bring old values under the current key after a rotation. Owns no tables; the resealing SQL on a
 * feature's column ({@code repository.TableColumn}, made by {@code SealedColumn.inTable}) is internal; the keys come from
 * COACHINGPOOL_ENCRYPTION_KEYS (or, in the embedded default, a key file beside the data). ADR 0020.
 */
package org.coachingpool.encryption;
