using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Polls;
using Mutual.Domain.Rules;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// DOMAIN C6: the chair (or the secretary) records the show of hands in the room on a resolution;
/// the count adds it to the ballots. Where the rules weight the classes (C10) the hands are counted
/// class by class, so each class's hands carry its weight.
/// </summary>
[Authorize(Policy = SocietyPolicies.Chair)]
public sealed class HandsModel(PollService polls, RulesStore rulesStore) : PageModel
{
    private const int MaxHands = 10_000_000;

    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public HandsInput Input { get; set; } = new();

    public Poll Poll { get; private set; } = null!;

    /// <summary>The rules' classes when they carry weights; empty when one set of totals is wanted.</summary>
    public IReadOnlyList<MembershipClass> WeightedClasses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Poll.ShowOfHands is { } hands) Input = new HandsInput { For = hands.For, Against = hands.Against, Abstain = hands.Abstain };
        Input.Classes = [.. WeightedClasses.Select(c => Poll.HandsByClass.FirstOrDefault(h => h.ClassKey == c.Key) is { } h
            ? new ClassHandsInput { For = h.For, Against = h.Against, Abstain = h.Abstain }
            : new ClassHandsInput())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // Binding and range errors are replaced by messages that say which count, in which class, to fix.
        ModelState.Clear();
        Result<Poll> recorded;
        if (WeightedClasses.Count > 0)
        {
            while (Input.Classes.Count < WeightedClasses.Count) Input.Classes.Add(new ClassHandsInput());
            for (var i = 0; i < WeightedClasses.Count; i++)
                Check($"Input.Classes[{i}]", Input.Classes[i].For, Input.Classes[i].Against, Input.Classes[i].Abstain, $" among {WeightedClasses[i].Name}");
            if (!ModelState.IsValid) return Page();
            var byClass = WeightedClasses.Zip(Input.Classes, (c, h) => new ClassShowOfHands(c.Key, h.For!.Value, h.Against!.Value, h.Abstain!.Value)).ToList();
            recorded = await polls.RecordShowOfHandsAsync(HttpContext.Society().Id, Poll.Id, byClass, this.Actor(), ct);
        }
        else
        {
            Check("Input", Input.For, Input.Against, Input.Abstain, "");
            if (!ModelState.IsValid) return Page();
            recorded = await polls.RecordShowOfHandsAsync(HttpContext.Society().Id, Poll.Id, new ShowOfHands(Input.For!.Value, Input.Against!.Value, Input.Abstain!.Value), this.Actor(), ct);
        }

        if (recorded.Error is { } error)
        {
            this.AddError(error);
            return Page();
        }

        TempData["Done"] = "Show of hands recorded. It is added to the ballots when the votes are counted.";
        return Redirect($"/s/{Slug}/polls/{id}/hands");
    }

    private void Check(string prefix, int? inFavour, int? against, int? abstain, string where)
    {
        if (inFavour is not (>= 0 and <= MaxHands)) ModelState.AddModelError($"{prefix}.For", $"Enter the number of hands for{where}: a whole number, 0 or more");
        if (against is not (>= 0 and <= MaxHands)) ModelState.AddModelError($"{prefix}.Against", $"Enter the number of hands against{where}: a whole number, 0 or more");
        if (abstain is not (>= 0 and <= MaxHands)) ModelState.AddModelError($"{prefix}.Abstain", $"Enter the number of abstentions{where}: a whole number, 0 or more");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var society = HttpContext.Society().Id;
        if (await polls.GetAsync(society, new PollId(id), ct) is not { } poll) return false;
        Poll = poll;
        var rules = await rulesStore.CurrentAsync(society, ct);
        if (rules.IsSuccess && rules.Value.IsWeighted) WeightedClasses = rules.Value.MembershipClasses;
        return true;
    }
}

public sealed class HandsInput
{
    public int? For { get; set; }

    public int? Against { get; set; }

    public int? Abstain { get; set; }

    /// <summary>In the order of the rules' classes, when the rules weight them.</summary>
    public List<ClassHandsInput> Classes { get; set; } = [];
}

public sealed class ClassHandsInput
{
    public int? For { get; set; }

    public int? Against { get; set; }

    public int? Abstain { get; set; }
}
