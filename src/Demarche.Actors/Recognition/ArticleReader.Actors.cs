using Demarche.Actors.Lexicon;
using Demarche.Core.Model;

namespace Demarche.Actors.Recognition;

internal sealed partial class ArticleReader
{
    private string StateName(string code) => _data.States.TryGetValue(code, out var st) ? st.Name : code;

    private Actor StateActor(string code) => _book.Find(code) ?? _book.Add(code, new Actor
    {
        Id = code, Name = StateName(code), Kind = ActorKind.State, Country = code, Code = code,
    });

    /// <summary>Sector actors met so far, by (state, sector): found again without building their id.</summary>
    private readonly Dictionary<(string Code, string Sector), Actor> _sectorActors;

    /// <summary>A sector of a state: USAGOV "United States government", ISRMIL "Israel military".</summary>
    private Actor SectorActor(string code, string? sector)
    {
        if (string.IsNullOrEmpty(sector)) return StateActor(code);
        if (_sectorActors.TryGetValue((code, sector), out var known)) return known;
        var info = _data.Roles.SectorOf(sector);
        var id = code + sector;
        return _sectorActors[(code, sector)] = _book.Find(id) ?? _book.Add(id, new Actor
        {
            Id = id, Name = StateName(code) + " " + info.Name, Kind = info.Kind, Country = code, Code = id,
        });
    }

    private Actor OrgActor(string id)
    {
        if (_book.Find(id) is { } known) return known;
        var o = _data.Organisations[id];
        return _book.Add(id, new Actor
        {
            // a body of a larger organisation (the UN human rights office) acts for its parent
            Id = id, Name = o.Name, Kind = o.Kind, Country = o.Country, Code = o.Code ?? id, Affiliation = o.Parent,
        });
    }

    /// <summary>The actor an owner id stands for (a state code or an organisation id).</summary>
    private Actor? OwnerActor(string? id) =>
        id is null ? null : _data.Organisations.ContainsKey(id) ? OrgActor(id) : _data.States.ContainsKey(id) ? StateActor(id) : _book.Find(id);

    /// <summary>The country an owner belongs to: a state is its own, an organisation has one only if national.</summary>
    private string? CountryOfOwner(string? id)
    {
        if (id is null) return null;
        if (_data.States.ContainsKey(id)) return id;
        if (_data.Organisations.TryGetValue(id, out var o)) return o.Country;
        return _book.Find(id)?.Country;
    }

    private string SectorOfTitle(string? title) =>
        title is not null && _data.Roles.Titles.TryGetValue(title, out var s) ? s : "GOV";

    /// <summary>
    /// A person, from the dictionary when known. <paramref name="owner"/> (a state or organisation id from the
    /// context) wins over the dictionary's country: the text says who they act for.
    /// </summary>
    private Actor PersonActor(string id, string name, string? title, string? owner)
    {
        _data.Persons.TryGetValue(id, out var entry);
        var office = entry?.OfficeOn(_date);
        var actor = _book.Find(id);
        bool isNew = actor is null;
        actor ??= _book.Add(id, new Actor { Id = id, Name = _writtenNames.GetValueOrDefault(id) ?? entry?.Name ?? name, Kind = ActorKind.Person });
        title ??= office?.Role;
        if (title is not null && !_roles.ContainsKey(id)) _roles[id] = title;
        else if (title is not null && owner is not null) _roles[id] = title;

        if (owner is not null)
        {
            bool isOrg = _data.Organisations.TryGetValue(owner, out var org);
            actor.Affiliation = owner;
            actor.Country = isOrg ? org!.Country : CountryOfOwner(owner);
            actor.Code = isOrg && org!.Country is null ? org.Code ?? owner
                : _book.Find(owner) is { } co && IsCompany(co) ? co.Code
                : (actor.Country ?? owner) + SectorOfTitle(title);
        }
        else if (actor.Affiliation is null && entry is not null)
        {
            var aff = office?.Org is { Length: > 0 } o ? o : entry.Country;
            actor.Affiliation = aff;
            actor.Country = entry.Country ?? CountryOfOwner(aff);
            bool orgAff = aff is not null && _data.Organisations.TryGetValue(aff, out var org2) && org2.Country is null;
            actor.Code = orgAff ? _data.Organisations[aff!].Code ?? aff : actor.Country is null ? null : actor.Country + SectorOfTitle(title ?? office?.Role);
        }
        else if (actor.Code is null && title is not null && actor.Country is not null)
            actor.Code = actor.Country + SectorOfTitle(title);
        if (isNew) RegisterSurname(actor);
        return actor;
    }

    private void RegisterSurname(Actor person)
    {
        var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return;
        _surnames.TryAdd(person.Name, person.Id);
        var last = parts[^1];
        // "Lai Ching-te", "Wu Jiahui": a hyphenated given name with a lower-case second part follows the surname
        if (parts.Length >= 2 && last.Contains('-') && last.Split('-') is [_, var tail] && tail.Length > 0 && char.IsLower(tail[0]))
            last = parts[0];
        _surnames.TryAdd(last, person.Id);
        var folded = TextFold.RemoveDiacritics(last);
        if (folded != last) _surnames.TryAdd(folded, person.Id);
        // "Isaias", "Abiy": some are called by their first name; a surname of another person wins
        // ("Li" of "Li Wei": a family name written first)
        if (parts.Length >= 2 && parts[0].Length > 1 && char.IsUpper(parts[0][0]) && !parts[0].EndsWith('.')) _firstNames.TryAdd(parts[0], person.Id);
    }

    /// <summary>A document that speaks (doc:cable), attributed to its author.</summary>
    private Actor DocumentActor(string noun, string? authorId)
    {
        string slug = TextFold.Slug(noun);
        string id = "doc:" + slug;
        var existing = _book.Find(id);
        if (existing is not null && authorId is not null && existing.Affiliation is not null && existing.Affiliation != authorId)
            id = "doc:" + slug + "-" + TextFold.Slug(authorId);
        var author = OwnerActor(authorId);
        var actor = _book.GetOrAdd(id, () => new Actor
        {
            Id = id, Name = author is null ? noun : AuthorName(author) + " " + noun, Kind = ActorKind.Document,
        });
        if (actor.Affiliation is null && authorId is not null)
        {
            actor.Affiliation = AffiliationOf(authorId);
            actor.Country = CountryOfOwner(actor.Affiliation);
            actor.Code = author?.Code;
            if (actor.Name == noun && author is not null) actor.Name = AuthorName(author) + " " + noun;
        }
        return actor;
    }

    private static string AuthorName(Actor a) => a.Kind == ActorKind.State ? a.Name : a.Name;

    /// <summary>The state or organisation an actor acts for: USAGOV → USA, a person → their affiliation.</summary>
    private string? AffiliationOf(string id)
    {
        if (_data.States.ContainsKey(id) || _data.Organisations.ContainsKey(id)) return id;
        var a = _book.Find(id);
        if (a is null) return id;
        if (a.Kind == ActorKind.Person || a.Kind == ActorKind.Document) return a.Affiliation ?? a.Country;
        return IsCompany(a) ? a.Id : a.Country ?? a.Id;
    }
}
