"""Training the neural stacker of :mod:`marsad.ner.neural` with torch (optional extra ``train-nn``).

Called by :func:`marsad.ner.train.build` with the 4-fold jackknifed pass-2 CRF marginals of ANERcorp
train. Seeded, one thread, CPU: a rebuild gives the same weights. Writes ``ner_nn.npz`` (weights,
vocabularies, hyper-parameters) and ``ner_nn_reference.json`` (inputs and torch outputs of a few
sentences, which the numpy inference must reproduce: see tests/test_ner.py).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import time
from collections import Counter

import numpy as np

from marsad.errors import ResourceError
from marsad.ner.neural import EMB_SCALE, LABELS, MAX_CHARS, NN_FILE, char_ids, embeddings, sentence_inputs

#: Hyper-parameters (chosen on the last 15% of ANERcorp train, see MODEL_CARD.md).
NN_PARAMS: dict[str, float | int] = {
    "seed": 1, "epochs": 20, "batch": 16, "lr": 2e-3, "lr_decay": 0.93, "ema": 0.99, "dropout": 0.3,
    "hidden": 96, "proj": 128, "char_dim": 24, "char_filters": 48, "min_feature": 3, "min_char": 2,
    "mix": 0.7,
}
REFERENCE_FILE = "ner_nn_reference.json"


def require_torch() -> None:
    """Raise a clear error when torch (needed to train the neural stacker only) is missing."""
    if importlib.util.find_spec("torch") is None:
        raise ResourceError("training the NER model needs torch (CPU build is enough): "
                            "pip install 'marsad[train-nn]' (or pip install torch), then rerun `marsad train ner`")


def _encode(tokens: list[str], feats: dict[str, int], chars: dict[str, int]
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    infos, fs = sentence_inputs(tokens)
    w = np.array([[x[1], x[2]] for x in infos], dtype=np.int64)
    ch = np.stack([char_ids(x[0], chars) for x in infos])
    sp = np.zeros((len(tokens), len(feats)), dtype=np.float32)
    for i, f in enumerate(fs):
        for a in f:
            j = feats.get(a)
            if j is not None:
                sp[i, j] = 1.0
    return w, ch, sp


def _write_npz(path: str, arrays: dict[str, np.ndarray]) -> None:
    """``np.savez_compressed`` with fixed zip timestamps: the same weights give the same bytes."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asanyarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, buf.getvalue())


def train_stacker(sentences: list[list[str]], gold: list[list[str]], margs: list[np.ndarray], out_dir: str,
                  params: dict | None = None, reference: list[list[str]] | None = None,
                  reference_margs: list[np.ndarray] | None = None, verbose: bool = True) -> str:
    """Train the BiLSTM on ``sentences`` (with CRF marginals ``margs``) and write ``ner_nn.npz``."""
    require_torch()
    import torch
    from torch import nn
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    p = dict(NN_PARAMS, **(params or {}))
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    t0 = time.time()
    _, emb = embeddings()
    inputs = [sentence_inputs(s) for s in sentences]
    fc = Counter(a for _, fs in inputs for f in fs for a in f)
    feat_list = sorted(a for a, c in fc.items() if c >= p["min_feature"])
    cc = Counter(ch for infos, _ in inputs for x in infos for ch in x[0])
    char_list = sorted(c for c, k in cc.items() if k >= p["min_char"])
    feats = {a: i for i, a in enumerate(feat_list)}
    chars = {c: i + 2 for i, c in enumerate(char_list)}
    lab = {x: i for i, x in enumerate(LABELS)}
    data = []
    for s, g, m in zip(sentences, gold, margs, strict=True):
        w, ch, sp = _encode(s, feats, chars)
        data.append((w, ch, sp, m.astype(np.float32), np.array([lab[x] for x in g], dtype=np.int64)))
    n_lab, dims = len(LABELS), emb.shape[1]

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            table = np.vstack([emb * EMB_SCALE, np.zeros((1, dims), np.float32)])
            # wraps the local table above (nothing is downloaded); not saved, inference reads ner_emb.npy
            self.emb = nn.Embedding.from_pretrained(torch.tensor(table), freeze=True)
            self.cemb = nn.Embedding(len(chars) + 2, p["char_dim"], padding_idx=0)
            self.conv = nn.Conv1d(p["char_dim"], p["char_filters"], 3, padding=1)
            n_in = 2 * dims + 2 + len(feats) + p["char_filters"] + n_lab
            self.inp = nn.Linear(n_in, p["proj"])
            self.drop = nn.Dropout(p["dropout"])
            layers = int(p.get("layers", 1))  # (not in NN_PARAMS: the shipped file's metadata stays as built)
            self.lstm = nn.LSTM(p["proj"], p["hidden"], num_layers=layers, batch_first=True, bidirectional=True,
                                dropout=p["dropout"] if layers > 1 else 0.0)
            self.out = nn.Linear(2 * p["hidden"], n_lab)

        def forward(self, w, ch, sp, mg, lens):  # noqa: ANN001, ANN202
            oov = (w < 0).float()
            wi = torch.where(w < 0, torch.full_like(w, emb.shape[0]), w)
            b, t, c = ch.shape
            cv = self.cemb(ch.view(b * t, c)).transpose(1, 2)
            cv = torch.relu(self.conv(cv)).max(dim=2).values.view(b, t, -1)
            x = torch.cat([self.emb(wi[..., 0]), self.emb(wi[..., 1]), oov, sp, cv, mg], -1)
            h = torch.relu(self.inp(self.drop(x)))
            packed = pack_padded_sequence(self.drop(h), lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = pad_packed_sequence(h, batch_first=True, total_length=t)
            return self.out(self.drop(h))

    def batchify(items: list) -> tuple:
        t = max(len(it[0]) for it in items)
        b = len(items)
        w = torch.full((b, t, 2), -1, dtype=torch.long)
        ch = torch.zeros((b, t, MAX_CHARS), dtype=torch.long)
        sp = torch.zeros((b, t, len(feats)))
        mg = torch.zeros((b, t, n_lab))
        y = torch.full((b, t), -100, dtype=torch.long)
        for k, it in enumerate(items):
            n = len(it[0])
            w[k, :n], ch[k, :n] = torch.from_numpy(it[0]), torch.from_numpy(it[1])
            sp[k, :n], mg[k, :n] = torch.from_numpy(it[2]), torch.from_numpy(it[3])
            if it[4] is not None:
                y[k, :n] = torch.from_numpy(it[4])
        return w, ch, sp, mg, torch.tensor([len(it[0]) for it in items]), y

    torch.manual_seed(int(p["seed"]))
    net = Net()
    ema = copy.deepcopy(net)
    opt = torch.optim.Adam([q for q in net.parameters() if q.requires_grad], lr=p["lr"])
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, p["lr_decay"])
    lossf = nn.CrossEntropyLoss(ignore_index=-100)
    rng = np.random.RandomState(int(p["seed"]))
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    batches = [order[i:i + p["batch"]] for i in range(0, len(order), p["batch"])]
    for ep in range(1, int(p["epochs"]) + 1):
        net.train()
        tot = 0.0
        for bi in rng.permutation(len(batches)):
            w, ch, sp, mg, lens, y = batchify([data[i] for i in batches[bi]])
            loss = lossf(net(w, ch, sp, mg, lens).reshape(-1, n_lab), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += loss.item()
            with torch.no_grad():
                for pe, pn in zip(ema.parameters(), net.parameters(), strict=True):
                    pe.mul_(p["ema"]).add_(pn, alpha=1 - p["ema"])
        sched.step()
        if verbose:
            print(f"stacker epoch {ep}/{p['epochs']} loss {tot / len(batches):.4f} ({time.time() - t0:.0f}s)")
    ema.eval()
    weights = {k: v.detach().numpy().astype(np.float32) for k, v in ema.state_dict().items()
               if not k.startswith("emb.")}
    meta = {"features": feat_list, "chars": char_list, "mix": p["mix"], "params": p, "labels": list(LABELS)}
    path = os.path.join(out_dir, NN_FILE)
    _write_npz(path, {"meta": np.array(json.dumps(meta, ensure_ascii=False)), **weights})
    if reference:
        rm = reference_margs or []
        with torch.no_grad():
            items = [(*_encode(s, feats, chars), m.astype(np.float32), None) for s, m in zip(reference, rm, strict=True)]
            w, ch, sp, mg, lens, _ = batchify(items)
            probs = torch.softmax(ema(w, ch, sp, mg, lens), -1).numpy()
        ref = [{"tokens": s, "marginals": np.round(m, 6).tolist(), "probs": np.round(probs[k, : len(s)], 6).tolist()}
               for k, (s, m) in enumerate(zip(reference, rm, strict=True))]
        with open(os.path.join(out_dir, REFERENCE_FILE), "w", encoding="utf-8") as f:
            json.dump(ref, f, ensure_ascii=False)
    return path
