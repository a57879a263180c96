[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Mutual.Data.Tests")]
