import __future__ as f
for name in f.all_feature_names:
    feat = getattr(f, name)
    print(name, feat.getOptionalRelease(), feat.getMandatoryRelease(), hex(feat.compiler_flag))
print(repr(f.annotations), f.annotations.optional, f.annotations.mandatory)
