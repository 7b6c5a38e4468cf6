namespace Whereabouts.Storage.Files;

/// <summary>Bytes kept by the <see cref="FileStore"/>.</summary>
/// <param name="Sha256">Their SHA-256, 64 lowercase hex digits: the name they are kept under.</param>
/// <param name="Length">How many bytes.</param>
/// <param name="Head">The first bytes (at most <see cref="FileStore.HeadLength"/>), from which their type is read.</param>
/// <param name="IsNew">Whether this write put them in the store; false when the same bytes were already kept.</param>
public sealed record StoredFile(string Sha256, long Length, byte[] Head, bool IsNew);
