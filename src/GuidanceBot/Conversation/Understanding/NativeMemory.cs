using System.Runtime.InteropServices;

namespace GuidanceBot.Conversation.Understanding;

/// <summary>
/// Loading the sentence model and embedding the content in batches leaves tens of MB that the native allocator has
/// freed but keeps (glibc holds freed memory for reuse). Handing it back once, when the model is ready, keeps the
/// process's resident memory to what it uses. Linux with glibc only; elsewhere, or with another C library, nothing.
/// </summary>
internal static class NativeMemory
{
    public static void ReturnFreed()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl (Alpine) has no malloc_trim: nothing to give back this way.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
