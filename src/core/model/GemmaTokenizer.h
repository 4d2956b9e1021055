#pragma once
// The Gemma-3 tokenizer as LTX-2.3 uses it, on libsentencepiece: the caption is stripped (Python str.strip()
// whitespace), encoded with the folder's `tokenizer.model`, given a BOS (the model's own id, 2 for Gemma) and no
// EOS, and truncated to maxTokens including the BOS. That is ltx-core's LTXGemmaTokenizer before its left padding
// (`text_encoders/gemma/tokenizer.py`) and ComfyUI's SPieceTokenizer(add_bos=True, add_eos=False).
// ltx-core tokenizes with `tokenizer.json` (HF tokenizers); ids agree with SentencePiece on ordinary captions,
// which the fixture test checks; odd whitespace or literal special-token strings are not guaranteed to.
// libsentencepiece is opened at run time with dlopen(RTLD_LOCAL | RTLD_DEEPBIND), never linked by symbol:
// Debian's libsentencepiece.so.0 exports its own bundled copy of protobuf, and in a process that also has
// libtorch's libprotobuf.so.32 the two interpose each other (measured: a test binary linking both by symbol
// segfaults in protobuf's static initialisers before main). Loaded privately, sentencepiece binds to its own
// protobuf and nothing else sees it. The C++ entry points are called through dlsym'ed symbols.
// No torch header: usable from non-engine code.
// Thread rule: immutable after load(); encode() may run on several threads at once.

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace a2a {

class GemmaTokenizer {
public:
    // Null with *error naming the file when it is missing, unreadable or not a SentencePiece model.
    static std::unique_ptr<GemmaTokenizer> load(const QString &tokenizerModelPath, QString *error);
    ~GemmaTokenizer();

    // BOS first, no EOS; at most maxTokens ids (values below 1 count as 1, so the result always holds the BOS).
    // An empty or all-whitespace caption gives {BOS}.
    std::vector<int64_t> encode(const QString &text, int maxTokens = 1024) const;
    int vocabSize() const;
    int bosId() const { return m_bos; }
    int padId() const { return m_pad; }  // 0 for Gemma; what ltx-core left-pads with

    // Python's str.strip(): removes the characters str.isspace() accepts, which include U+001C..U+001F that
    // QString::trimmed() keeps.
    static QString pythonStrip(const QString &text);

private:
    GemmaTokenizer();
    void *m_sp = nullptr;  // a sentencepiece::SentencePieceProcessor living in the privately loaded library
    int m_bos = 2;
    int m_pad = 0;
};

}  // namespace a2a
