using System.Runtime.CompilerServices;

namespace Streamflix.Catalog.Grpc;

/// <summary>
/// The contract message built from a cached read result, built once per result instance: the cache
/// hands out the same instance until it changes, so mapping hundreds of titles to protobuf on every
/// call would redo identical work. Entries live as long as the result they were built from. The
/// messages are shared between calls and must never be modified after they are returned.
/// </summary>
public sealed class ContractMemo
{
    private readonly ConditionalWeakTable<object, object> _built = new();

    public TContract For<TModel, TContract>(TModel model, Func<TModel, TContract> map)
        where TModel : class
        where TContract : class =>
        (TContract)_built.GetValue(model, m => map((TModel)m));
}
