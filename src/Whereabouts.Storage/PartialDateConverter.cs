using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Whereabouts.Domain;

namespace Whereabouts.Storage;

/// <summary>
/// Stores a <see cref="PartialDate"/> as its text form (<c>2020-12</c>, <c>~2001</c>), which keeps
/// what is known and what is not, and reads the same on both providers.
/// </summary>
internal sealed class PartialDateConverter()
    : ValueConverter<PartialDate, string>(date => date.ToString(), text => PartialDate.Parse(text));
