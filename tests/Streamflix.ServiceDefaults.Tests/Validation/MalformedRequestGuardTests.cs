using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Streamflix.ServiceDefaults.Validation;

namespace Streamflix.ServiceDefaults.Tests;

public sealed class MalformedRequestGuardTests
{
    private static readonly Func<byte[], object> Parse = bytes => StringValue.Parser.ParseFrom(bytes);

    private static byte[] Frame(byte[] message, uint? declaredLength = null, byte compressed = 0)
    {
        var frame = new byte[5 + message.Length];
        frame[0] = compressed;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), declaredLength ?? (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    [Fact]
    public void A_well_formed_message_passes() =>
        Assert.Null(MalformedRequestGuard.Problem(Frame(new StringValue { Value = "hello" }.ToByteArray()), Parse));

    [Fact]
    public void An_empty_message_passes() =>
        Assert.Null(MalformedRequestGuard.Problem(Frame([]), Parse));

    [Theory]
    [InlineData(new byte[] { 0x0a, 0x05, 0x61 })]        // length beyond the end
    [InlineData(new byte[] { 0x00 })]                    // field number 0
    [InlineData(new byte[] { 0x0a, 0x01, 0xc0 })]        // invalid UTF-8 in a string
    [InlineData(new byte[] { 0x08, 0xff })]              // truncated varint
    public void Malformed_protobuf_is_named(byte[] message) =>
        Assert.Equal("it is not well-formed protobuf", MalformedRequestGuard.Problem(Frame(message), Parse));

    [Fact]
    public void A_frame_whose_length_lies_is_refused() =>
        Assert.Equal("the message length does not match the frame",
            MalformedRequestGuard.Problem(Frame([0x0a, 0x00], declaredLength: 9), Parse));

    [Fact]
    public void A_cut_frame_header_is_refused() =>
        Assert.Equal("the message frame is incomplete", MalformedRequestGuard.Problem([0, 0, 0], Parse));

    [Fact]
    public void The_parser_is_the_one_a_generated_contract_gives_grpc()
    {
        // Generated code builds marshallers from a contextual deserializer only, as here.
        var method = new Grpc.Core.Method<StringValue, StringValue>(Grpc.Core.MethodType.Unary, "test.Service", "Echo",
            Grpc.Core.Marshallers.Create<StringValue>(
                (value, context) => context.Complete(value.ToByteArray()),
                context => StringValue.Parser.ParseFrom(context.PayloadAsReadOnlySequence())),
            Grpc.Core.Marshallers.Create<StringValue>(value => value.ToByteArray(), StringValue.Parser.ParseFrom));
        var parse = MalformedRequestGuard.Parser(method);

        Assert.NotNull(parse);
        Assert.Equal("hello", ((StringValue)parse(new StringValue { Value = "hello" }.ToByteArray())).Value);
        Assert.Equal("it is not well-formed protobuf", MalformedRequestGuard.Problem(Frame([0x0a, 0x05, 0x61]), parse));
    }

    [Fact]
    public void A_compressed_frame_is_left_to_grpc() =>
        Assert.Null(MalformedRequestGuard.Problem(Frame([0xff, 0xff], compressed: 1), Parse));
}
