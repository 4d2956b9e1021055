#include "GemmaTokenizer.h"

// Only for sizeof(SentencePieceProcessor) and the signatures below: nothing declared here is called by name,
// so the linker (which runs with --as-needed after libtorch's flags) records no dependency on the library.
#include <sentencepiece_processor.h>

#include <QFile>

#include <dlfcn.h>

#include <new>
#include <string>
#include <string_view>
#include <type_traits>

namespace a2a {
namespace {

static_assert(std::is_same_v<absl::string_view, std::string_view>, "sentencepiece 0.1.97 spells string_view as std's");

// Stand-in for sentencepiece::util::Status, which holds exactly one std::unique_ptr<Rep> (null = OK). Like the
// real class it has a user-provided destructor, so it is returned through the hidden result pointer: the
// calling convention of the dlsym'ed functions matches the declared one.
struct SpStatus {
    void *rep = nullptr;
    SpStatus() = default;
    SpStatus(const SpStatus &) = delete;
    SpStatus &operator=(const SpStatus &) = delete;
    ~SpStatus();
    bool ok() const { return rep == nullptr; }
    QString message() const;
};

// The member functions used, called as free functions with `this` first (Itanium C++ ABI; every one of them
// is non-virtual-callable because the object's dynamic type is exactly SentencePieceProcessor).
struct SpApi {
    QString error;  // why the library could not be used; empty when it can
    void (*construct)(void *) = nullptr;
    void (*destruct)(void *) = nullptr;
    SpStatus (*loadFromSerializedProto)(void *, std::string_view) = nullptr;
    SpStatus (*encode)(const void *, std::string_view, std::vector<int> *) = nullptr;
    int (*pieceSize)(const void *) = nullptr;
    int (*bosId)(const void *) = nullptr;
    int (*padId)(const void *) = nullptr;
    int (*unkId)(const void *) = nullptr;
    int (*pieceToId)(const void *, std::string_view) = nullptr;
    const std::string &(*idToPiece)(const void *, int) = nullptr;
    void (*statusDestruct)(void *) = nullptr;
    const char *(*statusMessage)(const void *) = nullptr;
};

SpApi loadApi()
{
    SpApi a;
    void *handle = nullptr;
    QString why;
    for (const char *name : {"libsentencepiece.so.0", "libsentencepiece.so"}) {
        // DEEPBIND: the library's own references (its bundled protobuf) resolve inside it first; LOCAL: its
        // symbols never enter the global scope where libtorch's protobuf would bind to them.
        handle = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (handle)
            break;
        why = QString::fromLocal8Bit(dlerror());
    }
    if (!handle) {
        a.error = QStringLiteral("libsentencepiece cannot be loaded (%1)").arg(why);
        return a;
    }
    bool complete = true;
    auto sym = [&](auto &fn, const char *mangled) {
        void *p = dlsym(handle, mangled);
        complete = complete && p;
        fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(p);
    };
    sym(a.construct, "_ZN13sentencepiece22SentencePieceProcessorC1Ev");
    sym(a.destruct, "_ZN13sentencepiece22SentencePieceProcessorD1Ev");
    sym(a.loadFromSerializedProto, "_ZN13sentencepiece22SentencePieceProcessor23LoadFromSerializedProtoESt17basic_string_viewIcSt11char_traitsIcEE");
    sym(a.encode, "_ZNK13sentencepiece22SentencePieceProcessor6EncodeESt17basic_string_viewIcSt11char_traitsIcEEPSt6vectorIiSaIiEE");
    sym(a.pieceSize, "_ZNK13sentencepiece22SentencePieceProcessor12GetPieceSizeEv");
    sym(a.bosId, "_ZNK13sentencepiece22SentencePieceProcessor6bos_idEv");
    sym(a.padId, "_ZNK13sentencepiece22SentencePieceProcessor6pad_idEv");
    sym(a.unkId, "_ZNK13sentencepiece22SentencePieceProcessor6unk_idEv");
    sym(a.pieceToId, "_ZNK13sentencepiece22SentencePieceProcessor9PieceToIdESt17basic_string_viewIcSt11char_traitsIcEE");
    sym(a.idToPiece, "_ZNK13sentencepiece22SentencePieceProcessor9IdToPieceB5cxx11Ei");
    sym(a.statusDestruct, "_ZN13sentencepiece4util6StatusD1Ev");
    sym(a.statusMessage, "_ZNK13sentencepiece4util6Status13error_messageEv");
    if (!complete)
        a.error = QStringLiteral("libsentencepiece lacks the 0.1.97 C++ entry points this build calls");
    return a;
}

const SpApi &api()
{
    static const SpApi a = loadApi();
    return a;
}

SpStatus::~SpStatus()
{
    if (rep)
        api().statusDestruct(this);
}

QString SpStatus::message() const { return rep ? QString::fromUtf8(api().statusMessage(this)) : QString(); }

// The code points for which Python's str.isspace() is true (bidi class WS/B/S or category Zs).
bool isPythonSpace(char32_t c)
{
    if ((c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680)
        return true;
    if ((c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000)
        return true;
    return false;
}

}  // namespace

GemmaTokenizer::GemmaTokenizer() = default;

GemmaTokenizer::~GemmaTokenizer()
{
    if (m_sp) {
        api().destruct(m_sp);
        ::operator delete(m_sp, std::align_val_t(alignof(sentencepiece::SentencePieceProcessor)));
    }
}

std::unique_ptr<GemmaTokenizer> GemmaTokenizer::load(const QString &tokenizerModelPath, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(tokenizerModelPath, why);
        return nullptr;
    };
    // Read the bytes ourselves so a missing or unreadable file gets Qt's message and non-ASCII paths work.
    QFile file(tokenizerModelPath);
    if (!file.exists())
        return fail(QStringLiteral("no such file (the text encoder needs a SentencePiece tokenizer.model)"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(QStringLiteral("is empty, not a SentencePiece model"));
    const SpApi &sp = api();
    if (!sp.error.isEmpty())
        return fail(QStringLiteral("cannot be read: %1").arg(sp.error));
    std::unique_ptr<GemmaTokenizer> tok(new GemmaTokenizer);
    void *mem = ::operator new(sizeof(sentencepiece::SentencePieceProcessor), std::align_val_t(alignof(sentencepiece::SentencePieceProcessor)));
    sp.construct(mem);
    tok->m_sp = mem;
    {
        const SpStatus status = sp.loadFromSerializedProto(tok->m_sp, std::string_view(bytes.constData(), size_t(bytes.size())));
        if (!status.ok())
            return fail(QStringLiteral("is not a SentencePiece model (%1)").arg(status.message()));
    }
    if (sp.pieceSize(tok->m_sp) <= 0)
        return fail(QStringLiteral("is a SentencePiece model without pieces"));
    tok->m_bos = sp.bosId(tok->m_sp);
    if (tok->m_bos < 0) {
        // A model trained without a BOS id may still carry the piece; PieceToId answers unk when it does not.
        const int id = sp.pieceToId(tok->m_sp, "<bos>");
        if (id >= 0 && id != sp.unkId(tok->m_sp) && sp.idToPiece(tok->m_sp, id) == "<bos>")
            tok->m_bos = id;
    }
    if (tok->m_bos < 0)
        return fail(QStringLiteral("defines no BOS token, which Gemma prompts start with"));
    tok->m_pad = sp.padId(tok->m_sp) >= 0 ? sp.padId(tok->m_sp) : 0;
    return tok;
}

QString GemmaTokenizer::pythonStrip(const QString &text)
{
    const std::u32string u = text.toStdU32String();
    size_t b = 0, e = u.size();
    while (b < e && isPythonSpace(u[b]))
        ++b;
    while (e > b && isPythonSpace(u[e - 1]))
        --e;
    return QString::fromStdU32String(u.substr(b, e - b));
}

std::vector<int64_t> GemmaTokenizer::encode(const QString &text, int maxTokens) const
{
    const size_t limit = size_t(std::max(1, maxTokens));
    std::vector<int64_t> out{m_bos};
    const QByteArray utf8 = pythonStrip(text).toUtf8();
    if (utf8.isEmpty())
        return out;
    std::vector<int> ids;
    // Encode only fails on an unloaded model, which load() rules out; an error then yields just the BOS.
    {
        const SpStatus status = api().encode(m_sp, std::string_view(utf8.constData(), size_t(utf8.size())), &ids);
        if (!status.ok())
            return out;
    }
    // HF truncation=True with add_special_tokens keeps the first maxTokens−1 text tokens after the BOS.
    for (size_t i = 0; i < ids.size() && out.size() < limit; ++i)
        out.push_back(ids[i]);
    return out;
}

int GemmaTokenizer::vocabSize() const { return api().pieceSize(m_sp); }

}  // namespace a2a
