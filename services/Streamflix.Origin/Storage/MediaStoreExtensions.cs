using Microsoft.Extensions.Options;

namespace Streamflix.Origin.Storage;

public static class MediaStoreExtensions
{
    public static IHostApplicationBuilder AddMediaStore(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<OriginOptions>(builder.Configuration.GetSection(OriginOptions.SectionName));
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<OriginOptions>>().Value;
            var root = Path.IsPathRooted(options.DataPath)
                ? options.DataPath
                : Path.Combine(builder.Environment.ContentRootPath, options.DataPath);
            return new MediaStore(root);
        });
        return builder;
    }
}
