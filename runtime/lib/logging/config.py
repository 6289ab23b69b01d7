"""logging.config for Ember: dictConfig() and the configurator classes behind it.

The version 1 schema is supported in full: formatters, filters, handlers ("()" factories,
"." attribute settings, MemoryHandler targets), loggers, root, incremental updates and
disable_existing_loggers, with "ext://" and "cfg://" values. fileConfig() and listen() are
not provided.
"""

import sys

import logging
import logging.handlers

__all__ = ["dictConfig", "DictConfigurator", "BaseConfigurator", "valid_ident"]

IDENTIFIER_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_PENDING_TARGET = "target not configured yet"


def valid_ident(s):
    """Return True if s is an ASCII identifier; raise ValueError if not."""
    ok = bool(s) and not s[0].isdigit() and all(ch in IDENTIFIER_CHARS for ch in s)
    if not ok:
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _deep_copy(value):
    # Configuring consumes the dictionaries; the caller's stay untouched.
    if isinstance(value, dict):
        return {key: _deep_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_deep_copy(item) for item in value]
    return value


def _skip_space(text, pos):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _word_at(text, pos):
    # (word, position after it and any blanks) for a \w+ run at pos, or (None, pos).
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    if end == pos:
        return None, pos
    return text[pos:end], _skip_space(text, end)


class BaseConfigurator(object):
    """Turns "ext://dotted.name" into the imported object and "cfg://path" into the
    value found at that path of the configuration itself."""

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = _deep_copy(config)

    def resolve(self, s):
        pieces = s.split(".")
        path = pieces.pop(0)
        try:
            obj = self.importer(path)
            for piece in pieces:
                path += "." + piece
                if not hasattr(obj, piece):
                    # Perhaps a submodule that has not been imported yet.
                    self.importer(path)
                obj = getattr(obj, piece)
            return obj
        except ImportError as exc:
            raise ValueError("Cannot resolve %r: %s" % (s, exc)) from exc

    def ext_convert(self, value):
        return self.resolve(value)

    def _step(self, current, text, pos):
        # One ".name" or "[key]" accessor at text[pos]: (new value, new position), or
        # None when there is no valid accessor there.
        if text[pos] == ".":
            name, after = _word_at(text, _skip_space(text, pos + 1))
            return None if name is None else (current[name], after)
        if text[pos] == "[":
            key, close = _word_at(text, _skip_space(text, pos + 1))
            if key is None or text[close:close + 1] != "]":
                return None
            after = _skip_space(text, close + 1)
            if not key.isdecimal():
                return current[key], after
            try:
                return current[int(key)], after
            except TypeError:
                return current[key], after
        return None

    def cfg_convert(self, value):
        first, pos = _word_at(value, _skip_space(value, 0))
        if first is None:
            raise ValueError("Unable to convert %r" % value)
        current = self.config[first]
        while pos < len(value):
            stepped = self._step(current, value, pos)
            if stepped is None:
                raise ValueError("Unable to convert %r at %r" % (value, value[pos:]))
            current, pos = stepped
        return current

    _SCHEMES = (("ext://", "ext_convert"), ("cfg://", "cfg_convert"))

    def convert(self, value):
        if isinstance(value, str):
            for prefix, method in self._SCHEMES:
                if value.startswith(prefix):
                    return getattr(self, method)(value[len(prefix):])
        return value

    def _call_with(self, factory, config):
        # Keyword arguments are the identifier keys, converted.
        kwargs = {}
        for key in config:
            if valid_ident(key):
                kwargs[key] = self.convert(config[key])
        return factory(**kwargs)

    @staticmethod
    def _set_props(obj, props):
        # The "." entry: attributes set once the object exists.
        for attr, val in (props or {}).items():
            setattr(obj, attr, val)

    def _factory(self, spec):
        return spec if callable(spec) else self.resolve(spec)

    def configure_custom(self, config):
        factory = self._factory(config.pop("()"))
        props = config.pop(".", None)
        made = self._call_with(factory, config)
        self._set_props(made, props)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _wrap(message, name=None):
    # ValueError with CPython's wording; callers chain the underlying cause.
    return ValueError(message if name is None else message % (name,))


class DictConfigurator(BaseConfigurator):
    """Applies a version 1 logging configuration dictionary."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        if config.pop("incremental", False):
            self._apply_incremental(config)
        else:
            self._apply_full(config)

    def _build_all(self, section, builder, message):
        for name in section:
            try:
                section[name] = builder(section[name])
            except Exception as exc:
                raise _wrap(message, name) from exc

    def _make_named_handler(self, handlers, name):
        made = self.configure_handler(handlers[name])
        made.name = name
        handlers[name] = made

    def _apply_full(self, config):
        disable_existing = config.pop("disable_existing_loggers", True)
        _clear_existing_handlers()
        self._build_all(config.get("formatters", {}), self.configure_formatter,
                        "Unable to configure formatter %r")
        self._build_all(config.get("filters", {}), self.configure_filter,
                        "Unable to configure filter %r")
        # Handlers go in name order; a MemoryHandler whose target comes later is retried
        # once the others exist.
        handlers = config.get("handlers", {})
        retry = []
        for name in sorted(handlers):
            try:
                self._make_named_handler(handlers, name)
            except Exception as exc:
                if _PENDING_TARGET not in str(exc.__cause__):
                    raise _wrap("Unable to configure handler %r", name) from exc
                retry.append(name)
        for name in retry:
            try:
                self._make_named_handler(handlers, name)
            except Exception as exc:
                raise _wrap("Unable to configure handler %r", name) from exc
        # Loggers that exist but are not configured here may get disabled; descendants
        # of configured ones are reset instead.
        existing = sorted(logging.root.manager.loggerDict)
        children = []
        loggers = config.get("loggers", {})
        for name in loggers:
            if name in existing:
                below = name + "."
                children.extend(other for other in existing if other.startswith(below))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as exc:
                raise _wrap("Unable to configure logger %r", name) from exc
        _handle_existing_loggers(existing, children, disable_existing)
        root_config = config.get("root", None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as exc:
                raise _wrap("Unable to configure root logger") from exc

    def _apply_incremental(self, config):
        # Only levels change: those of already named handlers, and of loggers.
        handlers = config.get("handlers", {})
        for name in handlers:
            existing = logging._handlers.get(name)
            if existing is None:
                raise ValueError("No handler found with name %r" % name)
            try:
                level = handlers[name].get("level", None)
                if level:
                    existing.setLevel(logging._checkLevel(level))
            except Exception as exc:
                raise _wrap("Unable to configure handler %r", name) from exc
        loggers = config.get("loggers", {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as exc:
                raise _wrap("Unable to configure logger %r", name) from exc
        root_config = config.get("root", None)
        if root_config:
            try:
                self.configure_root(root_config, True)
            except Exception as exc:
                raise _wrap("Unable to configure root logger") from exc

    def configure_formatter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        klass = config.get("class", None)
        factory = self.resolve(klass) if klass else logging.Formatter
        args = [config.get("format", None), config.get("datefmt", None),
                config.get("style", "%")]
        if "validate" in config:
            args.append(config["validate"])
        return factory(*args)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        known = self.config.get("filters", {})
        for ref in filters:
            try:
                usable = callable(ref) or callable(getattr(ref, "filter", None))
                filterer.addFilter(ref if usable else known[ref])
            except Exception as exc:
                raise _wrap("Unable to add filter %r", ref) from exc

    def _memory_target(self, config, original):
        # A MemoryHandler's "target" names another handler, which must exist already.
        wanted = config["target"]
        try:
            target = self.config["handlers"][wanted]
            if not isinstance(target, logging.Handler):
                config.update(original)  # leave the entry intact for the retry
                raise TypeError(_PENDING_TARGET)
        except Exception as exc:
            raise _wrap("Unable to set target handler %r", wanted) from exc
        config["target"] = target

    def configure_handler(self, config):
        original = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as exc:
                raise _wrap("Unable to set formatter %r", formatter) from exc
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = self._factory(config.pop("()"))
        else:
            factory = self.resolve(config.pop("class"))
            if issubclass(factory, logging.handlers.MemoryHandler) and "target" in config:
                self._memory_target(config, original)
        props = config.pop(".", None)
        handler = self._call_with(factory, config)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        self._set_props(handler, props)
        return handler

    def add_handlers(self, logger, handlers):
        known = self.config.get("handlers", {})
        for ref in handlers:
            try:
                logger.addHandler(known[ref])
            except Exception as exc:
                raise _wrap("Unable to add handler %r", ref) from exc

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        if config.get("handlers", None):
            self.add_handlers(logger, config["handlers"])
        if config.get("filters", None):
            self.add_filters(logger, config["filters"])

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        if config.get("propagate", None) is not None:
            logger.propagate = config["propagate"]

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


def _clear_existing_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    loggers = logging.root.manager.loggerDict
    for name in existing:
        entry = loggers[name]
        if name not in child_loggers:
            entry.disabled = disable_existing
        elif not isinstance(entry, logging.PlaceHolder):
            # Below a configured logger: pass everything up to it.
            entry.setLevel(logging.NOTSET)
            entry.handlers = []
            entry.propagate = True


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()
