using EduCycle.Web.Features.Registry.Demo;

namespace EduCycle.Web.Tests.Registry.Demo;

public sealed class ExternalCodesTests
{
    [Fact]
    public void Inn_gets_the_check_digit_of_a_real_inn()
    {
        // 7707083893 is a well-known valid ИНН: weights 2,4,10,3,5,9,4,6,8 give 267; 267 mod 11 = 3.
        Assert.Equal("7707083893", ExternalCodes.Inn(77, 7, 8389));
    }

    [Fact]
    public void Snils_gets_the_check_number_and_the_usual_format()
    {
        // 112-233-445: 1·9+1·8+2·7+2·6+3·5+3·4+4·3+4·2+5·1 = 95 (below 100, so it is the check number itself).
        Assert.Equal("112-233-445 95", ExternalCodes.Snils(112233445));
    }
}
