"""Configuring logging from a dictionary (Ember's own implementation of dictConfig).

Supports the version-1 schema: formatters, filters, handlers (including "()" factories,
"." properties and MemoryHandler targets), loggers, root, incremental and
disable_existing_loggers, with "ext://" and "cfg://" values. fileConfig() and the
socket listener are not provided.
"""

import sys

import logging
import logging.handlers

__all__ = ["dictConfig", "DictConfigurator", "BaseConfigurator", "valid_ident"]

IDENTIFIER_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


def valid_ident(s):
    """True for a Python identifier (ASCII); raises ValueError otherwise."""
    if not s or s[0].isdigit() or any(c not in IDENTIFIER_CHARS for c in s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _copy_structure(value):
    # Configuration is consumed destructively; the caller's dicts and lists stay intact.
    if isinstance(value, dict):
        return {k: _copy_structure(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_structure(v) for v in value]
    return value


class BaseConfigurator(object):
    """Resolution of "ext://" (importable objects) and "cfg://" (this config) values."""

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = _copy_structure(config)

    def resolve(self, s):
        name = s.split(".")
        used = name.pop(0)
        try:
            found = self.importer(used)
            for frag in name:
                used += "." + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError("Cannot resolve %r: %s" % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        # A dotted path with optional [key] or [index] parts into the configuration.
        rest = value
        name, sep, tail = _split_word(rest)
        if not name:
            raise ValueError("Unable to convert %r" % value)
        d = self.config[name]
        rest = tail
        while rest:
            if rest[0] == ".":
                name, _, tail = _split_word(rest[1:])
                if not name:
                    raise ValueError("Unable to convert %r at %r" % (value, rest))
                d = d[name]
                rest = tail
            elif rest[0] == "[":
                end = rest.find("]")
                if end < 0:
                    raise ValueError("Unable to convert %r at %r" % (value, rest))
                idx = rest[1:end]
                if idx.isdigit() and not isinstance(d, dict):
                    d = d[int(idx)]
                else:
                    try:
                        d = d[idx]
                    except (KeyError, TypeError):
                        d = d[int(idx)]
                rest = rest[end + 1:]
            else:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
        return d

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith("ext://"):
                return self.ext_convert(value[6:])
            if value.startswith("cfg://"):
                return self.cfg_convert(value[6:])
        return value

    def configure_custom(self, config):
        c = config.pop("()")
        if not callable(c):
            c = self.resolve(c)
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


def _split_word(text):
    i = 0
    while i < len(text) and (text[i] in IDENTIFIER_CHARS):
        i += 1
    return text[:i], "", text[i:]


class DictConfigurator(BaseConfigurator):
    """Applies a version-1 logging configuration dictionary."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        if incremental:
            self._configure_incremental(config)
            return
        disable_existing = config.pop("disable_existing_loggers", True)
        _clear_existing_handlers()
        formatters = config.get("formatters", {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError("Unable to configure formatter %r" % name) from e
        filters = config.get("filters", {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError("Unable to configure filter %r" % name) from e
        handlers = config.get("handlers", {})
        # Handlers are made in name order; one whose target is not made yet waits.
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if "target not configured yet" in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError("Unable to configure handler %r" % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                pflen = len(prefixed)
                while i < len(existing):
                    if existing[i][:pflen] == prefixed:
                        child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root_config = config.get("root", None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def _configure_incremental(self, config):
        # Only the levels of existing handlers and of loggers change.
        handlers = config.get("handlers", {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError("No handler found with name %r" % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get("level", None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        loggers = config.get("loggers", {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        root = config.get("root", None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def configure_formatter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        fmt = config.get("format", None)
        dfmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        c = self.resolve(cname) if cname else logging.Formatter
        if "validate" in config:
            return c(fmt, dfmt, style, config["validate"])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    filter_ = f
                else:
                    filter_ = self.config["filters"][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        config_copy = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            c = config.pop("()")
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            klass = self.resolve(config.pop("class"))
            if issubclass(klass, logging.handlers.MemoryHandler) and "target" in config:
                try:
                    th = self.config["handlers"][config["target"]]
                    if not isinstance(th, logging.Handler):
                        config.update(config_copy)
                        raise TypeError("target not configured yet")
                    config["target"] = th
                except Exception as e:
                    raise ValueError("Unable to set target handler %r"
                                     % config["target"]) from e
            factory = klass
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


def _clear_existing_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    # Loggers the configuration does not name are disabled (if asked), except children
    # of named ones, which are reset to pass everything up to their parent.
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary."""
    dictConfigClass(config).configure()
