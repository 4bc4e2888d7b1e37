using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Dossier.Storage.Tests")]
