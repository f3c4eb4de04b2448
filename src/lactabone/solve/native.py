"""Call native functions by their address from numba-compiled code (no Python between the calls).

numba calls a ``cfunc`` or a ctypes function only when it is known at compile
time, which would tie the machine code to one process's addresses and defeat
numba's disk cache. These two intrinsics take the address as an ordinary
integer argument instead, so the compiled loops are cached once and serve
every model: :func:`call_rhs` calls a right-hand side with
:data:`~lactabone.solve.lsoda.LSODA_SIGNATURE`, :func:`call_lsoda` calls
numbalsoda's ``lsoda_wrapper`` (:func:`~lactabone.solve.lsoda.lsoda_address`).
Arrays are passed by their data pointers; they must be contiguous float64
(``success`` int32).
"""

from __future__ import annotations

from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic


def _data(context, builder, array_type, value):
    """The data pointer of an array argument, as ``i8*``."""
    array = context.make_array(array_type)(context, builder, value)
    return builder.bitcast(array.data, cgutils.voidptr_t)


@intrinsic
def call_rhs(typingctx, address, t, y, dy, p):
    """rhs(t, y, dy, p) for the right-hand side at ``address``: d(state)/dt of ``y`` into ``dy``."""
    signature = types.void(address, t, y, dy, p)

    def codegen(context, builder, signature, arguments):
        address_value, t_value, y_value, dy_value, p_value = arguments
        function_type = ir.FunctionType(ir.VoidType(), [ir.DoubleType()] + [cgutils.voidptr_t] * 3)
        function = builder.inttoptr(address_value, function_type.as_pointer())
        pointers = [_data(context, builder, kind, value)
                    for kind, value in zip(signature.args[2:], (y_value, dy_value, p_value))]
        builder.call(function, [t_value] + pointers)
        return context.get_dummy_value()

    return signature, codegen


@intrinsic
def call_lsoda(typingctx, address, rhs_address, initial, parameters, times, solution, relative, absolute,
               maximum_steps, success):
    """numbalsoda's lsoda_wrapper at ``address``: integrate the right-hand side at ``rhs_address`` from
    ``initial`` over ``times``, rows of ``solution`` at each time; ``success[0]`` is 1 when LSODA succeeded."""
    signature = types.void(address, rhs_address, initial, parameters, times, solution, relative, absolute,
                           maximum_steps, success)

    def codegen(context, builder, signature, arguments):
        (address_value, rhs_value, initial_value, parameters_value, times_value, solution_value, relative_value,
         absolute_value, steps_value, success_value) = arguments
        kinds = signature.args
        int32 = ir.IntType(32)
        function_type = ir.FunctionType(ir.VoidType(), [
            cgutils.voidptr_t, int32, cgutils.voidptr_t, cgutils.voidptr_t, int32, cgutils.voidptr_t,
            cgutils.voidptr_t, ir.DoubleType(), ir.DoubleType(), int32, cgutils.voidptr_t])
        function = builder.inttoptr(address_value, function_type.as_pointer())
        initial_array = context.make_array(kinds[2])(context, builder, initial_value)
        times_array = context.make_array(kinds[4])(context, builder, times_value)
        size = builder.trunc(initial_array.nitems, int32)
        count = builder.trunc(times_array.nitems, int32)
        builder.call(function, [
            builder.inttoptr(rhs_value, cgutils.voidptr_t), size, _data(context, builder, kinds[2], initial_value),
            _data(context, builder, kinds[3], parameters_value), count, _data(context, builder, kinds[4], times_value),
            _data(context, builder, kinds[5], solution_value), relative_value, absolute_value,
            builder.trunc(steps_value, int32), _data(context, builder, kinds[9], success_value)])
        return context.get_dummy_value()

    return signature, codegen
