using System.Security.Cryptography;
using System.Text;

namespace Dossier.Core;

/// <summary>
/// Identity of an article by its content: the SHA-256 of the text with whitespace runs collapsed,
/// so that re-ingesting the same article (even re-wrapped) is recognised as the same document.
/// </summary>
public static class ContentHash
{
    /// <summary>Length, in hex digits, of the identifiers this produces.</summary>
    public const int IdLength = 16;

    /// <summary>Returns the document id for <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalized.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                normalized.Append(' ');
                pendingSpace = false;
            }

            normalized.Append(c);
        }

        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString()));
        return Convert.ToHexStringLower(bytes)[..IdLength];
    }
}
