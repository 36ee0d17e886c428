using System.Diagnostics;
using GuidanceBot.Content.Procedures;
using GuidanceBot.Content.Risk;
using GuidanceBot.Content.Walks;
using GuidanceBot.Conversation.Understanding;
using GuidanceBot.TestSupport;

namespace GuidanceBot.Bench;

/// <summary>
/// How well free-text understanding routes the evaluation set in tests/routing/, and how fast: right walk first,
/// right walk in the first three, risk recall, false alarms, authority taken, procedure questions answered, the
/// understanding step's p50/p99 and the process's memory. Figures are for the kept half unless asked otherwise.
/// </summary>
public static class UnderstandingBench
{
    public static async Task RunAsync(string[] args)
    {
        var half = args.Length > 0 ? args[0] : "kept";
        var verbose = args.Contains("--misses");
        var content = AppContext.BaseDirectory;
        var started = Stopwatch.StartNew();
        var library = ProcedureLoader.Load(Path.Combine(content, "procedures"));
        var walks = WalkCatalog.Load(Path.Combine(content, "dialogs"), library);
        var understander = new Understander(walks, library, RiskCuesLoader.Load(Path.Combine(content, "dialogs")),
            () => new SentenceEmbedder(SentenceEmbedder.DefaultFolder), Path.Combine(content, "procedures"),
            args.Contains("--no-cache") ? null : Path.Combine(Path.GetTempPath(), "guidancebot", "vectors.bin"));
        await understander.WhenReady;
        Console.WriteLine($"ready in {started.ElapsedMilliseconds} ms (content, model, vectors)");

        var set = RoutingSet.Load(Path.Combine(RepoRoot(), "tests", "routing"));
        if (args.Contains("--parts"))
        {
            var cues = RiskCuesLoader.Load(Path.Combine(content, "dialogs"));
            var detector = new RiskDetector(cues);
            var names = new AuthorityNames(library.Profiles);
            var all = set.All.Select(i => i.Text).ToList();
            double Time(Action a) { var s = Stopwatch.GetTimestamp(); a(); return Stopwatch.GetElapsedTime(s).TotalMilliseconds; }
            foreach (var x in all) { detector.ByWords(Words.Of(x)); names.Find(Words.Of(x)); }
            var risk = all.Select(x => Time(() => detector.ByWords(Words.Of(x)))).Order().ToList();
            var auth = all.Select(x => Time(() => names.Find(Words.Of(x)))).Order().ToList();
            var cuesT = all.Select(x => Time(() => AnswerCues.Find(walks.Get("advocacy"), x))).Order().ToList();
            var lex = new LexicalIndex(walks.Walks.SelectMany(w => w.Examples.Select(e => (w.Id, e))));
            foreach (var x in all) lex.Rank(x, 20);
            var lexT = all.Select(x => Time(() => lex.Rank(x, 20))).Order().ToList();
            Console.WriteLine($"lucene p50 {lexT[lexT.Count / 2]:F3} p90 {lexT[(int)(lexT.Count * .9)]:F3} p99 {lexT[(int)(lexT.Count * .99)]:F3} max {lexT[^1]:F3}");
            Console.WriteLine($"risk words p50 {risk[risk.Count / 2]:F3} p99 {risk[(int)(risk.Count * .99)]:F3}; authority p50 {auth[auth.Count / 2]:F3} p99 {auth[(int)(auth.Count * .99)]:F3}; cues p50 {cuesT[cuesT.Count / 2]:F3} p99 {cuesT[(int)(cuesT.Count * .99)]:F3}");
            return;
        }
        if (args.Contains("--cv"))
        {
            // Two-fold cross-validation on the dev half: each fold's phrasings become examples, the other fold is ranked.
            var embedder = new SentenceEmbedder(SentenceEmbedder.DefaultFolder);
            var dev = set.Walks.Where(i => i.IsDev).ToList();
            foreach (var fold in new[] { 0, 1 })
            {
                var more = dev.Where((_, i) => i % 2 == fold).Select(i => (i.Walk!, i.Text));
                var ranker = new WalkRanker(walks, t => embedder.EmbedBatch(t), more);
                foreach (var item in dev.Where((_, i) => i % 2 != fold))
                {
                    var words = Words.Of(item.Text);
                    var parts = ranker.Parts(item.Text, words, embedder.Embed(item.Text));
                    Console.WriteLine($"{item.Walk}\t{string.Join(",", item.Also)}\t{string.Join(";", parts.Select(p => $"{p.WalkId}={p.Meaning:F4}/{p.Lexical:F3}/{(p.Named ? 1 : 0)}/{p.Top2:F4}/{p.Top3:F4}"))}");
                }
            }
            return;
        }
        if (args.Contains("--walk-scores"))
        {
            foreach (var item in set.Walks.Concat(set.Questions).Concat(set.Ordinary).Where(i => i.Half == half || half == "all"))
            {
                var parts = understander.RankingParts(understander.Read(item.Text));
                Console.WriteLine($"{item.Walk ?? "-"}\t{string.Join(",", item.Also)}\t{string.Join(";", parts.Select(p => $"{p.WalkId}={p.Meaning:F4}/{p.Lexical:F3}/{(p.Named ? 1 : 0)}/{p.Top2:F4}/{p.Top3:F4}"))}\t{item.Category ?? "walk"}");
            }
            return;
        }
        if (args.Contains("--risk-scores"))
        {
            // For tuning the meaning threshold on the dev half: each item's nearest meaning sentence and nearest procedure question.
            foreach (var (kind, items) in new[] { ("risk", set.Risk), ("ordinary", set.Ordinary), ("walk", set.Walks), ("question", set.Questions) })
                foreach (var item in items.Where(i => i.Half == half || half == "all"))
                {
                    var reading = understander.Read(item.Text);
                    var (score, anchor) = understander.RiskMeaningScores(reading.Embedding!);
                    var meaning = understander.Understand(reading, new Position(null, null, "generic"));
                    Console.WriteLine($"{kind}\t{score:F3}\t{anchor:F3}\t{meaning.Ranking.NearestExample:F3}\t{meaning.Risk?.Basis.ToString() ?? "-"}\t{item.Text}");
                }
            return;
        }
        bool In(RoutingSet.Item i) => half == "all" || i.Half == half;
        var times = new List<double>();
        var texts = new List<string>();
        var embedTimes = new List<double>();
        MessageMeaning Understand(string text, string profile = "generic")
        {
            texts.Add(text);
            var t = Stopwatch.GetTimestamp();
            var reading = understander.Read(text);
            _ = reading.Embedding;
            embedTimes.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            var meaning = understander.Understand(reading, new Position(null, null, profile));
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            return meaning;
        }
        // Warm-up as a long-running server is: every path compiled to its optimised tier (the walks' own examples, twice).
        for (var pass = 0; pass < 2; pass++)
            foreach (var example in walks.Walks.SelectMany(w => w.Examples.Take(12).Append("what does the procedure say about " + w.Title)))
                Understand(example);
        times.Clear();
        embedTimes.Clear();
        texts.Clear();

        // Walk phrasings: the right walk first (or an acceptable one), in the first three; how sure.
        int walkItems = 0, first = 0, top3 = 0, confidentWrong = 0, authorityItems = 0, authorityTaken = 0, walkFalseAlarms = 0;
        var misses = new List<string>();
        foreach (var item in set.Walks.Where(In))
        {
            walkItems++;
            var m = Understand(item.Text);
            var ranked = m.Ranking.Walks.Select(w => w.WalkId).ToList();
            var ok = new HashSet<string>(item.Also.Append(item.Walk!));
            if (ranked.Count > 0 && ok.Contains(ranked[0])) first++;
            else
            {
                if (m.Ranking.Band == Confidence.Confident) confidentWrong++;
                misses.Add($"walk {item.Walk}: got {string.Join(",", ranked.Take(3))} [{m.Ranking.Band}] {item.Text}");
            }
            if (ranked.Take(3).Any(ok.Contains)) top3++;
            if (m.Risk is not null) { walkFalseAlarms++; misses.Add($"false alarm ({m.Risk.CategoryId}, {m.Risk.Basis}): {item.Text}"); }
            if (item.Authority is not null)
            {
                authorityItems++;
                if (m.Authority?.ProfileId == item.Authority) authorityTaken++;
                else misses.Add($"authority {item.Authority}: got {m.Authority?.ProfileId ?? "none"}: {item.Text}");
            }
        }

        int riskItems = 0, riskCaught = 0;
        foreach (var item in set.Risk.Where(In))
        {
            riskItems++;
            var m = Understand(item.Text);
            if (m.Risk is not null) riskCaught++;
            else misses.Add($"risk missed ({item.Category}): {item.Text}");
        }

        // The same risk phrasings as workers often start them, naming their authority or team first (not timed).
        string[] headers = ["Rotherham - ", "Dorset AAT: ", "Cheshire East contact team here. ", "LBBD OT - "];
        int headedItems = 0, headedCaught = 0;
        foreach (var item in set.Risk.Where(In))
            foreach (var header in headers)
            {
                headedItems++;
                if (understander.Understand(understander.Read(header + item.Text), new Position(null, null, "generic")).Risk is not null) headedCaught++;
                else misses.Add($"risk missed with \"{header.Trim()}\" ({item.Category}): {item.Text}");
            }

        int ordinaryItems = 0, ordinaryAlarms = 0;
        foreach (var item in set.Ordinary.Where(In))
        {
            ordinaryItems++;
            var m = Understand(item.Text);
            if (m.Risk is not null) { ordinaryAlarms++; misses.Add($"false alarm ({m.Risk.CategoryId}, {m.Risk.Basis}): {item.Text}"); }
        }

        int questionItems = 0, questionsSeen = 0, questionSection = 0, questionAlarms = 0, questionAuthority = 0, questionAuthorityItems = 0;
        foreach (var item in set.Questions.Where(In))
        {
            questionItems++;
            var m = Understand(item.Text);
            if (m.AsksAboutTheProcedure) questionsSeen++;
            else misses.Add($"question not seen: {item.Text}");
            if (m.Passages.Any(p => p.SectionId == item.Section)) questionSection++;
            else if (m.AsksAboutTheProcedure) misses.Add($"passage section {item.Section}: got {string.Join(",", m.Passages.Select(p => p.SectionId))}: {item.Text}");
            if (m.Risk is not null) questionAlarms++;
            if (item.Authority is not null) { questionAuthorityItems++; if (m.Authority?.ProfileId == item.Authority) questionAuthority++; }
        }

        var unsorted = times.ToList();
        times.Sort();
        double Pct(double p) => times.Count == 0 ? 0 : times[(int)Math.Min(times.Count - 1, Math.Round(p / 100 * (times.Count - 1)))];
        string Rate(int n, int of) => of == 0 ? "n/a" : $"{100.0 * n / of:F1}% ({n}/{of})";
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"half: {half}");
        Console.WriteLine($"right walk first:        {Rate(first, walkItems)}   (confidently wrong: {confidentWrong})");
        Console.WriteLine($"right walk in first 3:   {Rate(top3, walkItems)}");
        Console.WriteLine($"risk recall:             {Rate(riskCaught, riskItems)}; with an authority or team named first {Rate(headedCaught, headedItems)}");
        Console.WriteLine($"false alarms:            ordinary {Rate(ordinaryAlarms, ordinaryItems)}, walk phrasings {Rate(walkFalseAlarms, walkItems)}, procedure questions {Rate(questionAlarms, questionItems)}");
        Console.WriteLine($"authority taken:         {Rate(authorityTaken + questionAuthority, authorityItems + questionAuthorityItems)}");
        Console.WriteLine($"procedure questions:     seen {Rate(questionsSeen, questionItems)}, passage from the expected section {Rate(questionSection, questionItems)}");
        Console.WriteLine($"understanding (ms):      p50 {Pct(50):F2}  p90 {Pct(90):F2}  p99 {Pct(99):F2}  max {times.LastOrDefault():F2}  ({times.Count} messages, one thread)");
        if (args.Contains("--slow"))
            foreach (var (text, ms) in texts.Zip(unsorted.Zip(embedTimes, (a, b) => a - b)).OrderByDescending(x => x.Second).Take(12))
                Console.WriteLine($"  slow rest {ms:F1} ms: {text}");
        var rest = unsorted.Zip(embedTimes, (a, b) => a - b).Order().ToList();
        Console.WriteLine($"  the rest:              p50 {rest[rest.Count / 2]:F2}  p90 {rest[(int)(rest.Count * 0.9)]:F2}  p99 {rest[(int)(rest.Count * 0.99)]:F2}  max {rest[^1]:F2}; gen0 GCs {GC.CollectionCount(0)}");
        embedTimes.Sort();
        Console.WriteLine($"  of which the model:    p50 {embedTimes[embedTimes.Count / 2]:F2}  p99 {embedTimes[(int)(embedTimes.Count * 0.99)]:F2}");
        Console.WriteLine($"process memory:          working set {process.WorkingSet64 / 1024 / 1024} MiB, peak {process.PeakWorkingSet64 / 1024 / 1024} MiB, GC heap {GC.GetTotalMemory(false) / 1024 / 1024} MiB");
        if (verbose) foreach (var miss in misses) Console.WriteLine("  " + miss);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuidanceBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GuidanceBot.sln not found above " + AppContext.BaseDirectory);
    }
}
