using System.Diagnostics;
using System.Globalization;
using Streamflix.Bench.RecsQuality;

// Offline quality of the recommender against "most popular" on planted tastes (see PlantedTastes):
// precision@10 and recall@10 on each profile's held-out last 20 % of views, for a few seeds.
// usage: bench/recs-quality [seed ...]   (default seeds 1 2 3 4 5)
var seeds = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 2, 3, 4, 5];
var settings = PlantedTastes.Settings.Default;
Console.WriteLine($"Planted tastes: {settings.Genres} genres x {settings.TitlesPerGenre} titles, {settings.Profiles} profiles, " +
    $"{settings.MinViews}-{settings.MaxViews} views each, {settings.FavouriteShare:P0} from 1-2 favourite genres; " +
    $"last {OfflineEvaluation.HeldOutShare:P0} of each profile's views held out.");
Console.WriteLine();
Console.WriteLine("seed  recommender P@10  R@10   popularity P@10  R@10   P@10 ratio   time");

var all = new List<OfflineEvaluation.Result>();
foreach (var seed in seeds)
{
    var watch = Stopwatch.StartNew();
    var result = OfflineEvaluation.Run(seed);
    all.Add(result);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{seed,4}  {result.Recommender.Precision,16:F3}  {result.Recommender.Recall,5:F3}  {result.Popularity.Precision,15:F3}  {result.Popularity.Recall,5:F3}  {result.PrecisionRatio,10:F2}x  {watch.ElapsedMilliseconds,5} ms"));
}

var recP = all.Average(r => r.Recommender.Precision);
var recR = all.Average(r => r.Recommender.Recall);
var popP = all.Average(r => r.Popularity.Precision);
var popR = all.Average(r => r.Popularity.Recall);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mean  {recP,16:F3}  {recR,5:F3}  {popP,15:F3}  {popR,5:F3}  {recP / popP,10:F2}x"));
return recP > popP ? 0 : 1;
